package io.formd.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.fields.internal.Binding;
import io.formd.core.fields.internal.FieldWalk;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.Recorded;
import io.formd.core.model.UnknownCodeException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The field table against the model: every row's path names a real property, and its accessor agrees. */
class FormDFieldsTest {

  /** Resolves a model path by reflection (tests only): each segment a public no-argument accessor. */
  static Object resolve(Object root, String path) throws Exception {
    Object value = root;
    for (String segment : path.split("\\.")) {
      int bracket = segment.indexOf('[');
      String name = bracket < 0 ? segment : segment.substring(0, bracket);
      Method accessor = value.getClass().getMethod(name);
      accessor.setAccessible(true);
      value = unwrap(accessor.invoke(value));
      if (bracket >= 0) {
        int index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
        value = unwrap(new ArrayList<>((Collection<?>) value).get(index));
      }
    }
    return value;
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof Recorded) {
      return ((Recorded<?>) value).asOptional().orElse(null);
    }
    return value;
  }

  private static List<FormD> filings() {
    List<FormD> filings = new ArrayList<>();
    FakeFilings fakes = FakeFilings.seeded(20261203L);
    for (int i = 0; i < 40; i++) {
      filings.add(fakes.next());
    }
    filings.add(Altiris2003.filing());
    return filings;
  }

  @Test
  void everyVisitedPathIsARealPropertyHoldingTheVisitedValue() throws Exception {
    int visits = 0;
    for (FormD filing : filings()) {
      Field root = filing.edition() == Edition.PAPER ? FormDFields.paper() : FormDFields.electronic();
      List<Object[]> seen = new ArrayList<>();
      FieldWalk.of(root, f -> f.kind() != Kind.WRAPPER && f.parent().isPresent())
          .walk(filing, (field, value, at) -> seen.add(new Object[] {field, value, at.path()}));
      for (Object[] visit : seen) {
        Field field = (Field) visit[0];
        String path = (String) visit[2];
        assertThat(FormDFields.find(filing.edition(), path)).as(path).isPresent();
        Object actual = resolve(filing, path);
        if (field.kind() == Kind.SECURITY_TYPE) {
          assertThat(((Collection<?>) actual).contains(Binding.of(field).constant().orElseThrow())).as(path)
              .isEqualTo(visit[1]);
        } else if (field.kind() == Kind.YEAR_KIND) {
          assertThat(actual == Binding.of(field).constant().orElseThrow()).as(path).isEqualTo(visit[1]);
        } else {
          assertThat(actual).as(path).isEqualTo(visit[1]);
        }
        visits++;
      }
    }
    assertThat(visits).isGreaterThan(2000);
  }

  /** Statically, by the model's declared return types: covers rows no generated filing fills. */
  @Test
  void everyRowsPathIsADeclaredPropertyOfTheModel() throws Exception {
    int rows = 0;
    for (Field f : FormDFields.electronicRows()) {
      if (!f.path().isEmpty()) {
        declaredType(ElectronicFormD.class, f.path());
        rows++;
      }
    }
    for (Field f : FormDFields.paperRows()) {
      if (!f.path().isEmpty()) {
        declaredType(PaperFormD.class, f.path());
        rows++;
      }
    }
    assertThat(rows).isGreaterThan(250);
    Assertions.assertThatThrownBy(
        () -> declaredType(ElectronicFormD.class, "offering.amounts.totalRemainder"))
        .isInstanceOf(NoSuchMethodException.class);
  }

  private static Class<?> declaredType(Class<?> root, String path) throws NoSuchMethodException {
    Type type = root;
    for (String segment : path.split("\\.")) {
      String name = segment.replace("[]", "");
      Method accessor = raw(type).getMethod(name);
      type = accessor.getGenericReturnType();
      while (type instanceof ParameterizedType
          && (Collection.class.isAssignableFrom(raw(type)) || raw(type) == Optional.class
              || raw(type) == Recorded.class)) {
        type = ((ParameterizedType) type).getActualTypeArguments()[0];
      }
    }
    return raw(type);
  }

  private static Class<?> raw(Type type) {
    return type instanceof Class ? (Class<?>) type : raw(((ParameterizedType) type).getRawType());
  }

  @Test
  void placesReadAsThePrintedForm() {
    assertThat(FormDFields.find("offering.amounts.totalRemaining").orElseThrow().place())
        .isEqualTo("Item 13, Total Remaining to be Sold");
    assertThat(FormDFields.find("issuers[3].address.city").orElseThrow().place()).isEqualTo("Item 2, City");
    assertThat(FormDFields.find("issuers[0].name").orElseThrow().place()).isEqualTo("Item 1, Name of Issuer");
    assertThat(FormDFields.find("offering.securityTypes").orElseThrow().place())
        .isEqualTo("Item 9, Type(s) of Securities Offered");
    assertThat(FormDFields.find("signatures[0].title").orElseThrow().place())
        .isEqualTo("Signature and Submission, Title");
    assertThat(FormDFields.find("relatedPersons").orElseThrow().xmlPath())
        .isEqualTo("edgarSubmission/relatedPersonsList");
    assertThat(FormDFields.find(Edition.PAPER, "partC.expensesTotal.amount").orElseThrow().place())
        .isEqualTo("Part C, Question 4.a, Total");
    assertThat(FormDFields.find("offering.nosuchThing")).isEmpty();
  }

  @Test
  void modelPathsMapToIndexedElementPaths() {
    assertThat(FormDFields.xmlPath("issuers[0].address.city"))
        .hasValue("edgarSubmission/primaryIssuer/issuerAddress/city");
    assertThat(FormDFields.xmlPath("issuers[2].address.city"))
        .hasValue("edgarSubmission/issuerList/issuer[1]/issuerAddress/city");
    assertThat(FormDFields.xmlPath("relatedPersons[4].relationships[1]"))
        .hasValue("edgarSubmission/relatedPersonsList/relatedPersonInfo[4]/relatedPersonRelationshipList/"
            + "relationship[1]");
    assertThat(FormDFields.xmlPath("relatedPersons")).hasValue("edgarSubmission/relatedPersonsList");
    assertThat(FormDFields.xmlPath("offering.salesCompensationRecipients[1].statesOfSolicitation.states[3].state"))
        .hasValue("edgarSubmission/offeringData/salesCompensationList/recipient[1]/statesOfSolicitationList/state[3]");
    assertThat(FormDFields.xmlPath("offering.salesCompensationRecipients[1].statesOfSolicitation.states[3]"))
        .hasValue("edgarSubmission/offeringData/salesCompensationList/recipient[1]/statesOfSolicitationList/state[3]");
    assertThat(FormDFields.xmlPath("signatures[1].title"))
        .hasValue("edgarSubmission/offeringData/signatureBlock/signature[1]/signatureTitle");
    assertThat(FormDFields.xmlPath("offering.amounts.totalRemaining"))
        .hasValue("edgarSubmission/offeringData/offeringSalesAmounts/totalRemaining");
    assertThat(FormDFields.xmlPath("offering.securityTypes"))
        .hasValue("edgarSubmission/offeringData/typesOfSecuritiesOffered");
    assertThat(FormDFields.xmlPath("issuers[0].previousNames.names[2]"))
        .hasValue("edgarSubmission/primaryIssuer/issuerPreviousNameList/previousName[2]");
    assertThat(FormDFields.xmlPath("no.such.path")).isEmpty();
  }

  @Test
  void rowsCarryWhatSection34OfTheSpecificationSays() {
    Field name = FormDFields.find("issuers[0].name").orElseThrow();
    assertThat(name.element()).hasValue("entityName");
    assertThat(name.level()).isEqualTo(3);
    assertThat(name.order()).isEqualTo(3);
    assertThat(name.dataType()).isEqualTo(DataType.STRING);
    assertThat(name.maxLength()).hasValue(150);
    assertThat(name.forD()).isEqualTo(Applicability.O4);
    assertThat(name.forD().filerMustNotSend()).isTrue();
    Field accession = FormDFields.find("offering.typeOfFiling.previousAccessionNumber").orElseThrow();
    assertThat(accession.forD()).isEqualTo(Applicability.O);
    assertThat(accession.forDA()).isEqualTo(Applicability.M);
    assertThat(FormDFields.find("offering.salesCompensationRecipients").orElseThrow().forD())
        .isEqualTo(Applicability.M11);
    Field ccc = FormDFields.find("issuers[0].ccc").orElseThrow();
    assertThat(ccc.forD()).isEqualTo(Applicability.O2);
    assertThat(FormDFields.find("relatedPersons[0]").orElseThrow().maxOccurs()).isEqualTo(100);
    assertThat(FormDFields.find("offering.industryGroup").orElseThrow().choiceList()).hasValue("IndustryGroupList");
    assertThat(FormDFields.find("issuers[1].yearOfIncorporation.year").orElseThrow().xmlPath())
        .isEqualTo("edgarSubmission/issuerList/issuer/yearOfInc/value");
  }

  /** The reading side is complete: every element a reader meets can be put back into the model. */
  @Test
  void everyElementWithAModelPropertyCanBeReadBack() {
    List<String> unsettable = new ArrayList<>();
    for (Field f : FormDFields.electronicRows()) {
      boolean paired = f.parent().map(p -> p.element().isEmpty() && p.parent().isPresent()).orElse(false);
      if (f.element().isPresent() && f.property().isPresent() && !Binding.of(f).settable() && !paired) {
        unsettable.add(f.xmlPath());
      }
      if (f.kind() == Kind.GROUP && f.element().isPresent() && !Binding.of(f).builds()) {
        unsettable.add(f.xmlPath() + " (builds nothing)");
      }
      if (f.kind() == Kind.CODE && f.element().isPresent()) {
        try {
          Binding.of(f).parse("not a code");
          unsettable.add(f.xmlPath() + " (parses anything)");
        } catch (UnknownCodeException expected) {
          // the row's lookup refuses what is not its code
        } catch (NullPointerException noParser) {
          unsettable.add(f.xmlPath() + " (no parser)");
        }
      }
    }
    assertThat(unsettable).isEmpty();
  }

  @Test
  void theSchemasPatternsAndLengthsDecideWhatATextMayBe() {
    Field cik = FormDFields.find("issuers[0].cik").orElseThrow();
    assertThat(cik.matchesXsd("0001234567")).isTrue();
    assertThat(cik.matchesXsd("00012345678")).as("11 digits").isFalse();
    assertThat(cik.matchesXsd("12a")).isFalse();
    assertThat(cik.matchesXsd("")).isFalse();
    Field zip = FormDFields.find("relatedPersons[0].address.zipCode").orElseThrow();
    assertThat(zip.matchesXsd("HM 11")).isTrue();
    assertThat(zip.matchesXsd("10001_0001")).isFalse();
    Field email = FormDFields.find("notificationEmailAddresses[0]").orElseThrow();
    assertThat(email.matchesXsd("filings@example.com")).isTrue();
    assertThat(email.matchesXsd("filings@example")).isFalse();
    Field street = FormDFields.find("issuers[0].address.street1").orElseThrow();
    assertThat(street.xsdPattern()).isEmpty();
    assertThat(street.matchesXsd("x".repeat(40))).isTrue();
    assertThat(street.matchesXsd("x".repeat(41))).isFalse();
  }
}
