export { occurrencesAround, anchorsOf, nameEngine, textTokens, type DiscoveryText, type Occurrence, type Side } from "./mine";
export { CandidateFold, discoverCandidates, type Candidate, type OutletCandidates, type DiscoveryOptions } from "./rank";
export { consonantSkeleton } from "./skeleton";
export { discoveryText, kwicLine, kwicParts, type KwicPart } from "./format";
export { acceptCandidate, rejectCandidate, rejectedKeys, bumpVersion, emptyReviewFile, reviewFileYaml, ReviewFileSchema, type ReviewFile, type Acceptance } from "./review";
export { discoverForTarget, discoveryTexts, type Discovery } from "./run";
