package io.formd.core.model;

/**
 * The 52 jurisdictions where a sales-compensation recipient may solicit (the 50 states, DC and Puerto Rico):
 * XSD simple type {@code STATE_SOLICITATION_CODE} in {@code Form_D.definition.solicitation.xsd}, used in
 * {@code statesOfSolicitationList/state} (electronic Item 12). The paper form's Part B question 4 and
 * its appendix have the same 52 boxes (the paper Form D, OMB 3235-0076).
 */
public enum SolicitationState implements EdgarCode {
  /** ALABAMA. */
  AL("ALABAMA"),
  /** ALASKA. */
  AK("ALASKA"),
  /** ARIZONA. */
  AZ("ARIZONA"),
  /** ARKANSAS. */
  AR("ARKANSAS"),
  /** CALIFORNIA. */
  CA("CALIFORNIA"),
  /** COLORADO. */
  CO("COLORADO"),
  /** CONNECTICUT. */
  CT("CONNECTICUT"),
  /** DELAWARE. */
  DE("DELAWARE"),
  /** DISTRICT OF COLUMBIA. */
  DC("DISTRICT OF COLUMBIA"),
  /** FLORIDA. */
  FL("FLORIDA"),
  /** GEORGIA. */
  GA("GEORGIA"),
  /** HAWAII. */
  HI("HAWAII"),
  /** IDAHO. */
  ID("IDAHO"),
  /** ILLINOIS. */
  IL("ILLINOIS"),
  /** INDIANA. */
  IN("INDIANA"),
  /** IOWA. */
  IA("IOWA"),
  /** KANSAS. */
  KS("KANSAS"),
  /** KENTUCKY. */
  KY("KENTUCKY"),
  /** LOUISIANA. */
  LA("LOUISIANA"),
  /** MAINE. */
  ME("MAINE"),
  /** MARYLAND. */
  MD("MARYLAND"),
  /** MASSACHUSETTS. */
  MA("MASSACHUSETTS"),
  /** MICHIGAN. */
  MI("MICHIGAN"),
  /** MINNESOTA. */
  MN("MINNESOTA"),
  /** MISSISSIPPI. */
  MS("MISSISSIPPI"),
  /** MISSOURI. */
  MO("MISSOURI"),
  /** MONTANA. */
  MT("MONTANA"),
  /** NEBRASKA. */
  NE("NEBRASKA"),
  /** NEVADA. */
  NV("NEVADA"),
  /** NEW HAMPSHIRE. */
  NH("NEW HAMPSHIRE"),
  /** NEW JERSEY. */
  NJ("NEW JERSEY"),
  /** NEW MEXICO. */
  NM("NEW MEXICO"),
  /** NEW YORK. */
  NY("NEW YORK"),
  /** NORTH CAROLINA. */
  NC("NORTH CAROLINA"),
  /** NORTH DAKOTA. */
  ND("NORTH DAKOTA"),
  /** OHIO. */
  OH("OHIO"),
  /** OKLAHOMA. */
  OK("OKLAHOMA"),
  /** OREGON. */
  OR("OREGON"),
  /** PENNSYLVANIA. */
  PA("PENNSYLVANIA"),
  /** RHODE ISLAND. */
  RI("RHODE ISLAND"),
  /** SOUTH CAROLINA. */
  SC("SOUTH CAROLINA"),
  /** SOUTH DAKOTA. */
  SD("SOUTH DAKOTA"),
  /** TENNESSEE. */
  TN("TENNESSEE"),
  /** TEXAS. */
  TX("TEXAS"),
  /** UTAH. */
  UT("UTAH"),
  /** VERMONT. */
  VT("VERMONT"),
  /** VIRGINIA. */
  VA("VIRGINIA"),
  /** WASHINGTON. */
  WA("WASHINGTON"),
  /** WEST VIRGINIA. */
  WV("WEST VIRGINIA"),
  /** WISCONSIN. */
  WI("WISCONSIN"),
  /** WYOMING. */
  WY("WYOMING"),
  /** PUERTO RICO. */
  PR("PUERTO RICO");

  private static final Codes<SolicitationState> CODES = Codes.of("STATE_SOLICITATION_CODE", values());
  private final String label;

  SolicitationState(String label) {
    this.label = label;
  }

  /**
   * @param code a two-letter code such as {@code FL}
   * @return the value
   * @throws UnknownCodeException if the code is not one of the 52
   */
  public static SolicitationState fromEdgar(String code) {
    return CODES.lookup(code);
  }

  /**
   * @param code a text, or null
   * @return whether it is one of the 52 codes ({@link #fromEdgar} would give a value): a test without an exception
   */
  public static boolean isEdgarCode(String code) {
    return CODES.contains(code);
  }

  @Override
  public String edgarCode() {
    return name();
  }

  /** @return the upper-case name, e.g. {@code FLORIDA}, as EDGAR writes it in {@code description} */
  @Override
  public String label() {
    return label;
  }

  /** @return the same jurisdiction as an address code */
  public StateOrCountry toStateOrCountry() {
    return StateOrCountry.fromEdgar(name());
  }
}
