/**
 * The model diff: the same models across language variants (`variant` mode, every difference is
 * drift) or across versions (`version` mode, graded breaking / non-breaking / info).
 */
export {
  CHANGE_KINDS,
  SDK_SHAPES,
  changeSide,
  isPresence,
  sidesWithThing,
  type Change,
  type ChangeKind,
  type ChangeSeverity,
  type ChangeSide,
  type ChangeSource,
  type DiffMode,
  type DiffOptions,
  type DiffResult,
  type SdkShape,
  type VersionKind,
} from "./changes.js";
export { diffVariants, normalizeDescription } from "./compare.js";
export { changeFails, defaultFailOn, failsOn, type FailOn } from "./fail-on.js";
export { severityOf, type SeverityFacts } from "./severity.js";
export { fingerprint, type FingerprintInput } from "./fingerprint.js";
export { formatText, type TextFormatOptions } from "./format-text.js";
export { formatJson } from "./format-json.js";
export { formatMarkdown, type MarkdownFormatOptions } from "./format-markdown.js";
export { ANNOTATION_LIMITS, formatGithub, formatGithubParity, githubSummary, type GithubFormatOptions } from "./format-github.js";
export { diffLines, splitLines, unifiedDiff, type UnifiedDiffOptions } from "./unified-diff.js";
export { applyIgnore, parseIgnoreFile, type IgnoreFileProblem, type IgnoreList } from "./ignore.js";
export { bySeverity, isSdkShape, SEVERITY_ORDER, severityTally, shapeGroups, summarize, type DiffSummary, type ShapeGroup } from "./summary.js";
export { describeCells, parity, type CellState, type ParityCell, type ParityFinding, type ParityModel, type ParityOptions, type ParityPair, type ParityReport } from "./parity.js";
export { findingCounts, parityGroups, variantTallies, type ParityGroup, type VariantTally } from "./parity-summary.js";
export { formatParityMarkdown, type ParityMarkdownOptions } from "./format-parity-markdown.js";
export { formatParityText, type ParityTextOptions } from "./format-parity-text.js";
export { escapeHtml, formatHtml, scriptJson, type HtmlFormatOptions } from "./format-html.js";
export { formatJunit, formatJunitParity, xml, type JunitFormatOptions, type JunitParityOptions } from "./format-junit.js";
export { joinRoot, relativeFile, relativeSources } from "./relative-paths.js";
export { applySeverities, checkOf, isCheckId, listChecks, type CheckId, type CheckInfo, type SeverityOverrides } from "./checks.js";
