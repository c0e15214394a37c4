/**
 * The model diff: the same models across language variants (`variant` mode, every difference is
 * drift) or across versions (`version` mode, graded breaking / non-breaking / info).
 */
export {
  CHANGE_KINDS,
  changeSide,
  sidesWithThing,
  type Change,
  type ChangeKind,
  type ChangeSeverity,
  type ChangeSide,
  type ChangeSource,
  type DiffMode,
  type DiffOptions,
  type DiffResult,
  type VersionKind,
} from "./changes.js";
export { diffVariants, normalizeDescription } from "./compare.js";
export { severityOf, type SeverityFacts } from "./severity.js";
export { fingerprint, type FingerprintInput } from "./fingerprint.js";
export { formatText, type TextFormatOptions } from "./format-text.js";
export { formatJson } from "./format-json.js";
export { formatMarkdown, type MarkdownFormatOptions } from "./format-markdown.js";
export { ANNOTATION_LIMITS, formatGithub, type GithubFormatOptions } from "./format-github.js";
export { diffLines, splitLines, unifiedDiff, type UnifiedDiffOptions } from "./unified-diff.js";
export { applyIgnore, parseIgnoreFile, type IgnoreFileProblem, type IgnoreList } from "./ignore.js";
export { bySeverity, SEVERITY_ORDER, severityTally, summarize, type DiffSummary } from "./summary.js";
export { describeCells, parity, type CellState, type ParityCell, type ParityFinding, type ParityModel, type ParityOptions, type ParityPair, type ParityReport } from "./parity.js";
export { parityGroups, variantTallies, type ParityGroup, type VariantTally } from "./parity-summary.js";
export { formatParityMarkdown, type ParityMarkdownOptions } from "./format-parity-markdown.js";
export { formatParityText, type ParityTextOptions } from "./format-parity-text.js";
export { escapeHtml, formatHtml, scriptJson, type HtmlFormatOptions } from "./format-html.js";
export { formatJunit, xml, type JunitFormatOptions } from "./format-junit.js";
export { joinRoot, relativeFile, relativeSources } from "./relative-paths.js";
export { applySeverities, checkOf, isCheckId, listChecks, type CheckId, type CheckInfo, type SeverityOverrides } from "./checks.js";
