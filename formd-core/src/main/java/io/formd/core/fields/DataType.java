package io.formd.core.fields;

/**
 * The data types of the EDGAR Form D XML Technical Specification (version 13, March 2025) §3.2, as its §3.4
 * table gives them for each element.
 */
public enum DataType {
  /** {@code NV}: no value, only other elements. */
  NV,
  /** {@code string}: at most the element's maximum length. */
  STRING,
  /** {@code Boolean}: {@code true}/{@code false} (or {@code 1}/{@code 0}); never blank. */
  BOOLEAN,
  /** {@code Date}: {@code YYYY-MM-DD}; never blank. */
  DATE,
  /** {@code decimal}: digits and a period; never blank. */
  DECIMAL
}
