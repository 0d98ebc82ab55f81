export { dictionaryFromLexicon, lexiconFromDictionary, toSlug, type Dictionary, type DictionaryCategory, type Imported } from "./dictionary";
export { readLiwc, writeLiwc, DicError } from "./liwc";
export { readQuanteda, writeQuanteda } from "./quanteda";
