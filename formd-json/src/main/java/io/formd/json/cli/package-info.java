/**
 * The {@code formd} command line (picocli), packaged as the executable {@code formd-json/target/formd.jar}.
 * Entry point: {@link io.formd.json.cli.FormdCommand}.
 */
package io.formd.json.cli;
