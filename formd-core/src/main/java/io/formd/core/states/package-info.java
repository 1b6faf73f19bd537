/**
 * The state side of a Form D offering ({@link io.formd.core.states.StateNotices}): whether its securities are
 * covered securities the states may not require to be registered, and where its recipients solicit. A hint for the
 * filer's state notices, never a rule of the filing: deadlines and fees differ by state and depend on facts Form D
 * does not carry.
 */
@FormDStyle
package io.formd.core.states;

import io.formd.core.model.FormDStyle;
