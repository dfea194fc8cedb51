/** Every rule, in alphabetical order of id; a test keeps this list, the files, docs and tests in step. */
import type { Rule } from "../rule";
import assessmentNotReported from "./assessment-not-reported";
import balance from "./balance";
import carryOverMismatch from "./carry-over-mismatch";
import cellBlank from "./cell-blank";
import cellNegative from "./cell-negative";
import cellNotInteger from "./cell-not-integer";
import cellNotNumber from "./cell-not-number";
import cellPlaceholder from "./cell-placeholder";
import cellWithUnit from "./cell-with-unit";
import conversionArtifact from "./conversion-artifact";
import copiedText from "./copied-text";
import emptyBrackets from "./empty-brackets";
import grandTotal from "./grand-total";
import identicalToPrevious from "./identical-to-previous";
import inForceBelowIssued from "./in-force-below-issued";
import inForceContinuity from "./in-force-continuity";
import notAReport from "./not-a-report";
import numberingGap from "./numbering-gap";
import outdatedFormat from "./outdated-format";
import outlineNumbering from "./outline-numbering";
import previousOtherAgency from "./previous-other-agency";
import publishedLate from "./published-late";
import punctuation from "./punctuation";
import regulationName from "./regulation-name";
import regulationsWithoutPower from "./regulations-without-power";
import repeatedWord from "./repeated-word";
import reviewTotal from "./review-total";
import rowTotal from "./row-total";
import sectionEmpty from "./section-empty";
import sectionHeading from "./section-heading";
import sectionMissing from "./section-missing";
import sectionOrder from "./section-order";
import sectionThin from "./section-thin";
import subtotal from "./subtotal";
import tableColumnMissing from "./table-column-missing";
import tableDuplicate from "./table-duplicate";
import tableLabel from "./table-label";
import tableMissing from "./table-missing";
import tableRowMissing from "./table-row-missing";
import tableRowsMerged from "./table-rows-merged";
import tableRunTogether from "./table-run-together";
import tableUnfilled from "./table-unfilled";
import templateLeftover from "./template-leftover";
import textContradiction from "./text-contradiction";
import textTableMismatch from "./text-table-mismatch";
import unexpectedYear from "./unexpected-year";
import unusualChange from "./unusual-change";
import yearMismatch from "./year-mismatch";
import yearMissing from "./year-missing";

export const rules: readonly Rule[] = [
  assessmentNotReported,
  balance,
  carryOverMismatch,
  cellBlank,
  cellNegative,
  cellNotInteger,
  cellNotNumber,
  cellPlaceholder,
  cellWithUnit,
  conversionArtifact,
  copiedText,
  emptyBrackets,
  grandTotal,
  identicalToPrevious,
  inForceBelowIssued,
  inForceContinuity,
  notAReport,
  numberingGap,
  outdatedFormat,
  outlineNumbering,
  previousOtherAgency,
  publishedLate,
  punctuation,
  regulationName,
  regulationsWithoutPower,
  repeatedWord,
  reviewTotal,
  rowTotal,
  sectionEmpty,
  sectionHeading,
  sectionMissing,
  sectionOrder,
  sectionThin,
  subtotal,
  tableColumnMissing,
  tableDuplicate,
  tableLabel,
  tableMissing,
  tableRowMissing,
  tableRowsMerged,
  tableRunTogether,
  tableUnfilled,
  templateLeftover,
  textContradiction,
  textTableMismatch,
  unexpectedYear,
  unusualChange,
  yearMismatch,
  yearMissing,
];
