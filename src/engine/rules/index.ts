/** Every rule, in alphabetical order of id; a test keeps this list, the files, docs and tests in step. */
import type { Rule } from "../rule";
import balance from "./balance";
import cellBlank from "./cell-blank";
import cellNegative from "./cell-negative";
import cellNotInteger from "./cell-not-integer";
import cellNotNumber from "./cell-not-number";
import cellPlaceholder from "./cell-placeholder";
import grandTotal from "./grand-total";
import outdatedFormat from "./outdated-format";
import reviewTotal from "./review-total";
import rowTotal from "./row-total";
import sectionHeading from "./section-heading";
import sectionMissing from "./section-missing";
import sectionOrder from "./section-order";
import tableLabel from "./table-label";
import tableMissing from "./table-missing";
import tableRowMissing from "./table-row-missing";

export const rules: readonly Rule[] = [
  balance,
  cellBlank,
  cellNegative,
  cellNotInteger,
  cellNotNumber,
  cellPlaceholder,
  grandTotal,
  outdatedFormat,
  reviewTotal,
  rowTotal,
  sectionHeading,
  sectionMissing,
  sectionOrder,
  tableLabel,
  tableMissing,
  tableRowMissing,
];
