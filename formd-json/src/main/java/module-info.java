/**
 * EDGAR XML, EDGAR's submission files and formd's canonical JSON for the model of {@code io.formd.core}, the Jackson
 * modules (Jackson 2 required, Jackson 3 optional), Spring Boot's auto-configuration (optional), and the
 * {@code formd} command line (its package is not exported; it needs nothing beyond the JDK and this module).
 */
module io.formd.json {
  requires transitive io.formd.core;
  requires transitive com.fasterxml.jackson.databind;
  requires java.xml;
  requires com.ctc.wstx;
  requires org.codehaus.stax2;

  requires static tools.jackson.databind;
  requires static spring.core;
  requires static spring.context;
  requires static spring.boot;
  requires static spring.boot.autoconfigure;

  exports io.formd.json;
  exports io.formd.json.datasets;
  exports io.formd.json.html;
  // io.formd.json.canonical (the JSON mapping), io.formd.json.xml (the XML mapping), io.formd.json.internal and
  // io.formd.json.cli are not exported.
  exports io.formd.json.spring;
  opens io.formd.json.spring;

  provides com.fasterxml.jackson.databind.Module with io.formd.json.FormDModule;
  // Not "provides tools.jackson.databind.JacksonModule": a module providing a service of an optional module cannot
  // be resolved without it (ResolutionException). On the class path META-INF/services registers FormDJackson3Module;
  // on the module path with Jackson 3, add it to the mapper: JsonMapper.builder().addModule(new FormDJackson3Module()).
}
