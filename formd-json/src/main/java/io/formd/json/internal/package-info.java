/**
 * What the XML and JSON mappings share: the hand-written lexical checks ({@link io.formd.json.internal.Lexical}),
 * UTF-8 checks ({@link io.formd.json.internal.Utf8}), bounded reading of inputs ({@link io.formd.json.internal.Inputs})
 * and the unchecked carrier of a read failure out of lambdas ({@link io.formd.json.internal.ReadFailure}).
 *
 * <p><b>Not API.</b> The module {@code io.formd.json} does not export this package; on the class path its
 * classes are public only so that both mapping packages can reach them, and they may change in any release.
 */
package io.formd.json.internal;
