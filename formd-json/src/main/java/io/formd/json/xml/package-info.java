/**
 * The EDGAR Form D XML mapping, derived from the field table ({@code io.formd.core.fields.FormDFields}):
 * {@link io.formd.json.xml.EdgarXmlReader} (XML events straight into the model, with where each element was, from
 * one of two cursors: {@code ByteXmlCursor}, the fast path over the bytes of plain XML, and Woodstox, which reads
 * whatever the fast path gives up on and decides every refusal), {@link io.formd.json.xml.EdgarXmlWriter} (either
 * dialect) and {@link io.formd.json.xml.XmlSourceMap}.
 *
 * <p><b>Not API.</b> Use {@link io.formd.json.FormDXml}, which checks the bytes (size, UTF-8, namespace) before
 * handing them here. The module {@code io.formd.json} does not export this package; on the class path its
 * classes are public only so that {@code FormDXml} can reach them, and they may change in any release.
 */
package io.formd.json.xml;
