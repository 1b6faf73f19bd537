/**
 * Jakarta Bean Validation for Form D. The constraint {@code @ValidFormD} and its validator are not written
 * yet; this module currently only fixes the coordinates ({@code io.formd:formd-validation}).
 */
package io.formd.validation;
