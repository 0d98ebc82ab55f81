export { loadGold, parseGoldFile } from "./load";
export { parseMarkup, type GoldSpan, type MarkedText } from "./markup";
export { evaluate, scorePassage, pairUp, unknownTargets, KINDS, type Evaluation, type Row, type GoldText } from "./score";
export { evaluationTable, evaluationDetails } from "./table";
