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
import conversionArtifact from "./conversion-artifact";
import copiedText from "./copied-text";
import grandTotal from "./grand-total";
import inForceBelowIssued from "./in-force-below-issued";
import inForceContinuity from "./in-force-continuity";
import notAReport from "./not-a-report";
import numberingGap from "./numbering-gap";
import outdatedFormat from "./outdated-format";
import regulationsWithoutPower from "./regulations-without-power";
import reviewTotal from "./review-total";
import rowTotal from "./row-total";
import sectionEmpty from "./section-empty";
import sectionHeading from "./section-heading";
import sectionMissing from "./section-missing";
import sectionOrder from "./section-order";
import tableLabel from "./table-label";
import tableMissing from "./table-missing";
import tableRowMissing from "./table-row-missing";
import templateLeftover from "./template-leftover";
import textTableMismatch from "./text-table-mismatch";
import unexpectedYear from "./unexpected-year";
import yearMismatch from "./year-mismatch";

export const rules: readonly Rule[] = [
  assessmentNotReported,
  balance,
  carryOverMismatch,
  cellBlank,
  cellNegative,
  cellNotInteger,
  cellNotNumber,
  cellPlaceholder,
  conversionArtifact,
  copiedText,
  grandTotal,
  inForceBelowIssued,
  inForceContinuity,
  notAReport,
  numberingGap,
  outdatedFormat,
  regulationsWithoutPower,
  reviewTotal,
  rowTotal,
  sectionEmpty,
  sectionHeading,
  sectionMissing,
  sectionOrder,
  tableLabel,
  tableMissing,
  tableRowMissing,
  templateLeftover,
  textTableMismatch,
  unexpectedYear,
  yearMismatch,
];
