package io.formd.core.model;

/**
 * The EDGAR state and country codes of Form D addresses: XSD simple type {@code STATE_COUNTRY_CODE} in
 * {@code Form_D.definition.state.xsd} (309 values: US states and territories, Canadian provinces,
 * countries, and {@code XX} "Unknown"). Constants are named for the label; {@link #edgarCode()} is the code.
 *
 * <p>A US state or territory is also named by its postal code, as {@link SolicitationState} names it: {@code
 * StateOrCountry.CA} is {@link #CALIFORNIA} (a field holding the same constant, so it is {@code ==} and {@code
 * equals}; {@code valueOf("CA")} and {@code switch} labels still take the label's name). One rule for both enums: a
 * state by its postal code. The countries and Canadian provinces have codes such as {@code X0} that are no Java
 * names, so they keep only their labels' names.
 *
 * <p>Used by {@code issuerAddress}, {@code relatedPersonAddress} and {@code recipientAddress}
 * ({@code stateOrCountry}), and on the paper form for the state of an address.
 */
public enum StateOrCountry implements EdgarCode {
  /** AL: ALABAMA. */
  ALABAMA("AL", "ALABAMA"),
  /** AK: ALASKA. */
  ALASKA("AK", "ALASKA"),
  /** AZ: ARIZONA. */
  ARIZONA("AZ", "ARIZONA"),
  /** AR: ARKANSAS. */
  ARKANSAS("AR", "ARKANSAS"),
  /** CA: CALIFORNIA. */
  CALIFORNIA("CA", "CALIFORNIA"),
  /** CO: COLORADO. */
  COLORADO("CO", "COLORADO"),
  /** CT: CONNECTICUT. */
  CONNECTICUT("CT", "CONNECTICUT"),
  /** DE: DELAWARE. */
  DELAWARE("DE", "DELAWARE"),
  /** DC: DISTRICT OF COLUMBIA. */
  DISTRICT_OF_COLUMBIA("DC", "DISTRICT OF COLUMBIA"),
  /** FL: FLORIDA. */
  FLORIDA("FL", "FLORIDA"),
  /** GA: GEORGIA. */
  GEORGIA("GA", "GEORGIA"),
  /** HI: HAWAII. */
  HAWAII("HI", "HAWAII"),
  /** ID: IDAHO. */
  IDAHO("ID", "IDAHO"),
  /** IL: ILLINOIS. */
  ILLINOIS("IL", "ILLINOIS"),
  /** IN: INDIANA. */
  INDIANA("IN", "INDIANA"),
  /** IA: IOWA. */
  IOWA("IA", "IOWA"),
  /** KS: KANSAS. */
  KANSAS("KS", "KANSAS"),
  /** KY: KENTUCKY. */
  KENTUCKY("KY", "KENTUCKY"),
  /** LA: LOUISIANA. */
  LOUISIANA("LA", "LOUISIANA"),
  /** ME: MAINE. */
  MAINE("ME", "MAINE"),
  /** MD: MARYLAND. */
  MARYLAND("MD", "MARYLAND"),
  /** MA: MASSACHUSETTS. */
  MASSACHUSETTS("MA", "MASSACHUSETTS"),
  /** MI: MICHIGAN. */
  MICHIGAN("MI", "MICHIGAN"),
  /** MN: MINNESOTA. */
  MINNESOTA("MN", "MINNESOTA"),
  /** MS: MISSISSIPPI. */
  MISSISSIPPI("MS", "MISSISSIPPI"),
  /** MO: MISSOURI. */
  MISSOURI("MO", "MISSOURI"),
  /** MT: MONTANA. */
  MONTANA("MT", "MONTANA"),
  /** NE: NEBRASKA. */
  NEBRASKA("NE", "NEBRASKA"),
  /** NV: NEVADA. */
  NEVADA("NV", "NEVADA"),
  /** NH: NEW HAMPSHIRE. */
  NEW_HAMPSHIRE("NH", "NEW HAMPSHIRE"),
  /** NJ: NEW JERSEY. */
  NEW_JERSEY("NJ", "NEW JERSEY"),
  /** NM: NEW MEXICO. */
  NEW_MEXICO("NM", "NEW MEXICO"),
  /** NY: NEW YORK. */
  NEW_YORK("NY", "NEW YORK"),
  /** NC: NORTH CAROLINA. */
  NORTH_CAROLINA("NC", "NORTH CAROLINA"),
  /** ND: NORTH DAKOTA. */
  NORTH_DAKOTA("ND", "NORTH DAKOTA"),
  /** OH: OHIO. */
  OHIO("OH", "OHIO"),
  /** OK: OKLAHOMA. */
  OKLAHOMA("OK", "OKLAHOMA"),
  /** OR: OREGON. */
  OREGON("OR", "OREGON"),
  /** PA: PENNSYLVANIA. */
  PENNSYLVANIA("PA", "PENNSYLVANIA"),
  /** RI: RHODE ISLAND. */
  RHODE_ISLAND("RI", "RHODE ISLAND"),
  /** SC: SOUTH CAROLINA. */
  SOUTH_CAROLINA("SC", "SOUTH CAROLINA"),
  /** SD: SOUTH DAKOTA. */
  SOUTH_DAKOTA("SD", "SOUTH DAKOTA"),
  /** TN: TENNESSEE. */
  TENNESSEE("TN", "TENNESSEE"),
  /** TX: TEXAS. */
  TEXAS("TX", "TEXAS"),
  /** X1: UNITED STATES. */
  UNITED_STATES("X1", "UNITED STATES"),
  /** UT: UTAH. */
  UTAH("UT", "UTAH"),
  /** VT: VERMONT. */
  VERMONT("VT", "VERMONT"),
  /** VA: VIRGINIA. */
  VIRGINIA("VA", "VIRGINIA"),
  /** WA: WASHINGTON. */
  WASHINGTON("WA", "WASHINGTON"),
  /** WV: WEST VIRGINIA. */
  WEST_VIRGINIA("WV", "WEST VIRGINIA"),
  /** WI: WISCONSIN. */
  WISCONSIN("WI", "WISCONSIN"),
  /** WY: WYOMING. */
  WYOMING("WY", "WYOMING"),
  /** A0: ALBERTA, CANADA. */
  ALBERTA_CANADA("A0", "ALBERTA, CANADA"),
  /** A1: BRITISH COLUMBIA, CANADA. */
  BRITISH_COLUMBIA_CANADA("A1", "BRITISH COLUMBIA, CANADA"),
  /** A2: MANITOBA, CANADA. */
  MANITOBA_CANADA("A2", "MANITOBA, CANADA"),
  /** A3: NEW BRUNSWICK, CANADA. */
  NEW_BRUNSWICK_CANADA("A3", "NEW BRUNSWICK, CANADA"),
  /** A4: NEWFOUNDLAND, CANADA. */
  NEWFOUNDLAND_CANADA("A4", "NEWFOUNDLAND, CANADA"),
  /** A5: NOVA SCOTIA, CANADA. */
  NOVA_SCOTIA_CANADA("A5", "NOVA SCOTIA, CANADA"),
  /** A6: ONTARIO, CANADA. */
  ONTARIO_CANADA("A6", "ONTARIO, CANADA"),
  /** A7: PRINCE EDWARD ISLAND, CANADA. */
  PRINCE_EDWARD_ISLAND_CANADA("A7", "PRINCE EDWARD ISLAND, CANADA"),
  /** A8: QUEBEC, CANADA. */
  QUEBEC_CANADA("A8", "QUEBEC, CANADA"),
  /** A9: SASKATCHEWAN, CANADA. */
  SASKATCHEWAN_CANADA("A9", "SASKATCHEWAN, CANADA"),
  /** B0: YUKON, CANADA. */
  YUKON_CANADA("B0", "YUKON, CANADA"),
  /** Z4: CANADA (FEDERAL LEVEL). */
  CANADA_FEDERAL_LEVEL("Z4", "CANADA (FEDERAL LEVEL)"),
  /** B2: AFGHANISTAN. */
  AFGHANISTAN("B2", "AFGHANISTAN"),
  /** Y6: ALAND ISLANDS. */
  ALAND_ISLANDS("Y6", "ALAND ISLANDS"),
  /** B3: ALBANIA. */
  ALBANIA("B3", "ALBANIA"),
  /** B4: ALGERIA. */
  ALGERIA("B4", "ALGERIA"),
  /** B5: AMERICAN SAMOA. */
  AMERICAN_SAMOA("B5", "AMERICAN SAMOA"),
  /** B6: ANDORRA. */
  ANDORRA("B6", "ANDORRA"),
  /** B7: ANGOLA. */
  ANGOLA("B7", "ANGOLA"),
  /** 1A: ANGUILLA. */
  ANGUILLA("1A", "ANGUILLA"),
  /** B8: ANTARCTICA. */
  ANTARCTICA("B8", "ANTARCTICA"),
  /** B9: ANTIGUA AND BARBUDA. */
  ANTIGUA_AND_BARBUDA("B9", "ANTIGUA AND BARBUDA"),
  /** C1: ARGENTINA. */
  ARGENTINA("C1", "ARGENTINA"),
  /** 1B: ARMENIA. */
  ARMENIA("1B", "ARMENIA"),
  /** 1C: ARUBA. */
  ARUBA("1C", "ARUBA"),
  /** C3: AUSTRALIA. */
  AUSTRALIA("C3", "AUSTRALIA"),
  /** C4: AUSTRIA. */
  AUSTRIA("C4", "AUSTRIA"),
  /** 1D: AZERBAIJAN. */
  AZERBAIJAN("1D", "AZERBAIJAN"),
  /** C5: BAHAMAS. */
  BAHAMAS("C5", "BAHAMAS"),
  /** C6: BAHRAIN. */
  BAHRAIN("C6", "BAHRAIN"),
  /** C7: BANGLADESH. */
  BANGLADESH("C7", "BANGLADESH"),
  /** C8: BARBADOS. */
  BARBADOS("C8", "BARBADOS"),
  /** 1F: BELARUS. */
  BELARUS("1F", "BELARUS"),
  /** C9: BELGIUM. */
  BELGIUM("C9", "BELGIUM"),
  /** D1: BELIZE. */
  BELIZE("D1", "BELIZE"),
  /** G6: BENIN. */
  BENIN("G6", "BENIN"),
  /** D0: BERMUDA. */
  BERMUDA("D0", "BERMUDA"),
  /** D2: BHUTAN. */
  BHUTAN("D2", "BHUTAN"),
  /** D3: BOLIVIA. */
  BOLIVIA("D3", "BOLIVIA"),
  /** 1E: BOSNIA AND HERZEGOVINA. */
  BOSNIA_AND_HERZEGOVINA("1E", "BOSNIA AND HERZEGOVINA"),
  /** B1: BOTSWANA. */
  BOTSWANA("B1", "BOTSWANA"),
  /** D4: BOUVET ISLAND. */
  BOUVET_ISLAND("D4", "BOUVET ISLAND"),
  /** D5: BRAZIL. */
  BRAZIL("D5", "BRAZIL"),
  /** D6: BRITISH INDIAN OCEAN TERRITORY. */
  BRITISH_INDIAN_OCEAN_TERRITORY("D6", "BRITISH INDIAN OCEAN TERRITORY"),
  /** D9: BRUNEI DARUSSALAM. */
  BRUNEI_DARUSSALAM("D9", "BRUNEI DARUSSALAM"),
  /** E0: BULGARIA. */
  BULGARIA("E0", "BULGARIA"),
  /** X2: BURKINA FASO. */
  BURKINA_FASO("X2", "BURKINA FASO"),
  /** E2: BURUNDI. */
  BURUNDI("E2", "BURUNDI"),
  /** E3: CAMBODIA. */
  CAMBODIA("E3", "CAMBODIA"),
  /** E4: CAMEROON. */
  CAMEROON("E4", "CAMEROON"),
  /** E8: CAPE VERDE. */
  CAPE_VERDE("E8", "CAPE VERDE"),
  /** E9: CAYMAN ISLANDS. */
  CAYMAN_ISLANDS("E9", "CAYMAN ISLANDS"),
  /** F0: CENTRAL AFRICAN REPUBLIC. */
  CENTRAL_AFRICAN_REPUBLIC("F0", "CENTRAL AFRICAN REPUBLIC"),
  /** F2: CHAD. */
  CHAD("F2", "CHAD"),
  /** F3: CHILE. */
  CHILE("F3", "CHILE"),
  /** F4: CHINA. */
  CHINA("F4", "CHINA"),
  /** F6: CHRISTMAS ISLAND. */
  CHRISTMAS_ISLAND("F6", "CHRISTMAS ISLAND"),
  /** F7: COCOS (KEELING) ISLANDS. */
  COCOS_KEELING_ISLANDS("F7", "COCOS (KEELING) ISLANDS"),
  /** F8: COLOMBIA. */
  COLOMBIA("F8", "COLOMBIA"),
  /** F9: COMOROS. */
  COMOROS("F9", "COMOROS"),
  /** G0: CONGO. */
  CONGO("G0", "CONGO"),
  /** Y3: CONGO, THE DEMOCRATIC REPUBLIC OF THE. */
  CONGO_THE_DEMOCRATIC_REPUBLIC_OF_THE("Y3", "CONGO, THE DEMOCRATIC REPUBLIC OF THE"),
  /** G1: COOK ISLANDS. */
  COOK_ISLANDS("G1", "COOK ISLANDS"),
  /** G2: COSTA RICA. */
  COSTA_RICA("G2", "COSTA RICA"),
  /** L7: COTE D'IVOIRE. */
  COTE_D_IVOIRE("L7", "COTE D'IVOIRE"),
  /** 1M: CROATIA. */
  CROATIA("1M", "CROATIA"),
  /** G3: CUBA. */
  CUBA("G3", "CUBA"),
  /** G4: CYPRUS. */
  CYPRUS("G4", "CYPRUS"),
  /** 2N: CZECH REPUBLIC. */
  CZECH_REPUBLIC("2N", "CZECH REPUBLIC"),
  /** G7: DENMARK. */
  DENMARK("G7", "DENMARK"),
  /** 1G: DJIBOUTI. */
  DJIBOUTI("1G", "DJIBOUTI"),
  /** G9: DOMINICA. */
  DOMINICA("G9", "DOMINICA"),
  /** G8: DOMINICAN REPUBLIC. */
  DOMINICAN_REPUBLIC("G8", "DOMINICAN REPUBLIC"),
  /** H1: ECUADOR. */
  ECUADOR("H1", "ECUADOR"),
  /** H2: EGYPT. */
  EGYPT("H2", "EGYPT"),
  /** H3: EL SALVADOR. */
  EL_SALVADOR("H3", "EL SALVADOR"),
  /** H4: EQUATORIAL GUINEA. */
  EQUATORIAL_GUINEA("H4", "EQUATORIAL GUINEA"),
  /** 1J: ERITREA. */
  ERITREA("1J", "ERITREA"),
  /** 1H: ESTONIA. */
  ESTONIA("1H", "ESTONIA"),
  /** H5: ETHIOPIA. */
  ETHIOPIA("H5", "ETHIOPIA"),
  /** H7: FALKLAND ISLANDS (MALVINAS). */
  FALKLAND_ISLANDS_MALVINAS("H7", "FALKLAND ISLANDS (MALVINAS)"),
  /** H6: FAROE ISLANDS. */
  FAROE_ISLANDS("H6", "FAROE ISLANDS"),
  /** H8: FIJI. */
  FIJI("H8", "FIJI"),
  /** H9: FINLAND. */
  FINLAND("H9", "FINLAND"),
  /** I0: FRANCE. */
  FRANCE("I0", "FRANCE"),
  /** I3: FRENCH GUIANA. */
  FRENCH_GUIANA("I3", "FRENCH GUIANA"),
  /** I4: FRENCH POLYNESIA. */
  FRENCH_POLYNESIA("I4", "FRENCH POLYNESIA"),
  /** 2C: FRENCH SOUTHERN TERRITORIES. */
  FRENCH_SOUTHERN_TERRITORIES("2C", "FRENCH SOUTHERN TERRITORIES"),
  /** I5: GABON. */
  GABON("I5", "GABON"),
  /** I6: GAMBIA. */
  GAMBIA("I6", "GAMBIA"),
  /** 2Q: GEORGIA (COUNTRY). */
  GEORGIA_COUNTRY("2Q", "GEORGIA (COUNTRY)"),
  /** 2M: GERMANY. */
  GERMANY("2M", "GERMANY"),
  /** J0: GHANA. */
  GHANA("J0", "GHANA"),
  /** J1: GIBRALTAR. */
  GIBRALTAR("J1", "GIBRALTAR"),
  /** J3: GREECE. */
  GREECE("J3", "GREECE"),
  /** J4: GREENLAND. */
  GREENLAND("J4", "GREENLAND"),
  /** J5: GRENADA. */
  GRENADA("J5", "GRENADA"),
  /** J6: GUADELOUPE. */
  GUADELOUPE("J6", "GUADELOUPE"),
  /** GU: GUAM. */
  GUAM("GU", "GUAM"),
  /** J8: GUATEMALA. */
  GUATEMALA("J8", "GUATEMALA"),
  /** Y7: GUERNSEY. */
  GUERNSEY("Y7", "GUERNSEY"),
  /** J9: GUINEA. */
  GUINEA("J9", "GUINEA"),
  /** S0: GUINEA-BISSAU. */
  GUINEA_BISSAU("S0", "GUINEA-BISSAU"),
  /** K0: GUYANA. */
  GUYANA("K0", "GUYANA"),
  /** K1: HAITI. */
  HAITI("K1", "HAITI"),
  /** K4: HEARD ISLAND AND MCDONALD ISLANDS. */
  HEARD_ISLAND_AND_MCDONALD_ISLANDS("K4", "HEARD ISLAND AND MCDONALD ISLANDS"),
  /** X4: HOLY SEE (VATICAN CITY STATE). */
  HOLY_SEE_VATICAN_CITY_STATE("X4", "HOLY SEE (VATICAN CITY STATE)"),
  /** K2: HONDURAS. */
  HONDURAS("K2", "HONDURAS"),
  /** K3: HONG KONG. */
  HONG_KONG("K3", "HONG KONG"),
  /** K5: HUNGARY. */
  HUNGARY("K5", "HUNGARY"),
  /** K6: ICELAND. */
  ICELAND("K6", "ICELAND"),
  /** K7: INDIA. */
  INDIA("K7", "INDIA"),
  /** K8: INDONESIA. */
  INDONESIA("K8", "INDONESIA"),
  /** K9: IRAN, ISLAMIC REPUBLIC OF. */
  IRAN_ISLAMIC_REPUBLIC_OF("K9", "IRAN, ISLAMIC REPUBLIC OF"),
  /** L0: IRAQ. */
  IRAQ("L0", "IRAQ"),
  /** L2: IRELAND. */
  IRELAND("L2", "IRELAND"),
  /** Y8: ISLE OF MAN. */
  ISLE_OF_MAN("Y8", "ISLE OF MAN"),
  /** L3: ISRAEL. */
  ISRAEL("L3", "ISRAEL"),
  /** L6: ITALY. */
  ITALY("L6", "ITALY"),
  /** L8: JAMAICA. */
  JAMAICA("L8", "JAMAICA"),
  /** M0: JAPAN. */
  JAPAN("M0", "JAPAN"),
  /** Y9: JERSEY. */
  JERSEY("Y9", "JERSEY"),
  /** M2: JORDAN. */
  JORDAN("M2", "JORDAN"),
  /** 1P: KAZAKSTAN. */
  KAZAKSTAN("1P", "KAZAKSTAN"),
  /** M3: KENYA. */
  KENYA("M3", "KENYA"),
  /** J2: KIRIBATI. */
  KIRIBATI("J2", "KIRIBATI"),
  /** M4: KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF. */
  KOREA_DEMOCRATIC_PEOPLE_S_REPUBLIC_OF("M4", "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF"),
  /** M5: KOREA, REPUBLIC OF. */
  KOREA_REPUBLIC_OF("M5", "KOREA, REPUBLIC OF"),
  /** M6: KUWAIT. */
  KUWAIT("M6", "KUWAIT"),
  /** 1N: KYRGYZSTAN. */
  KYRGYZSTAN("1N", "KYRGYZSTAN"),
  /** M7: LAO PEOPLE'S DEMOCRATIC REPUBLIC. */
  LAO_PEOPLE_S_DEMOCRATIC_REPUBLIC("M7", "LAO PEOPLE'S DEMOCRATIC REPUBLIC"),
  /** 1R: LATVIA. */
  LATVIA("1R", "LATVIA"),
  /** M8: LEBANON. */
  LEBANON("M8", "LEBANON"),
  /** M9: LESOTHO. */
  LESOTHO("M9", "LESOTHO"),
  /** N0: LIBERIA. */
  LIBERIA("N0", "LIBERIA"),
  /** N1: LIBYAN ARAB JAMAHIRIYA. */
  LIBYAN_ARAB_JAMAHIRIYA("N1", "LIBYAN ARAB JAMAHIRIYA"),
  /** N2: LIECHTENSTEIN. */
  LIECHTENSTEIN("N2", "LIECHTENSTEIN"),
  /** 1Q: LITHUANIA. */
  LITHUANIA("1Q", "LITHUANIA"),
  /** N4: LUXEMBOURG. */
  LUXEMBOURG("N4", "LUXEMBOURG"),
  /** N5: MACAU. */
  MACAU("N5", "MACAU"),
  /** 1U: MACEDONIA, THE FORMER YUGOSLAV REPUBLIC OF. */
  MACEDONIA_THE_FORMER_YUGOSLAV_REPUBLIC_OF("1U", "MACEDONIA, THE FORMER YUGOSLAV REPUBLIC OF"),
  /** N6: MADAGASCAR. */
  MADAGASCAR("N6", "MADAGASCAR"),
  /** N7: MALAWI. */
  MALAWI("N7", "MALAWI"),
  /** N8: MALAYSIA. */
  MALAYSIA("N8", "MALAYSIA"),
  /** N9: MALDIVES. */
  MALDIVES("N9", "MALDIVES"),
  /** O0: MALI. */
  MALI("O0", "MALI"),
  /** O1: MALTA. */
  MALTA("O1", "MALTA"),
  /** 1T: MARSHALL ISLANDS. */
  MARSHALL_ISLANDS("1T", "MARSHALL ISLANDS"),
  /** O2: MARTINIQUE. */
  MARTINIQUE("O2", "MARTINIQUE"),
  /** O3: MAURITANIA. */
  MAURITANIA("O3", "MAURITANIA"),
  /** O4: MAURITIUS. */
  MAURITIUS("O4", "MAURITIUS"),
  /** 2P: MAYOTTE. */
  MAYOTTE("2P", "MAYOTTE"),
  /** O5: MEXICO. */
  MEXICO("O5", "MEXICO"),
  /** 1K: MICRONESIA, FEDERATED STATES OF. */
  MICRONESIA_FEDERATED_STATES_OF("1K", "MICRONESIA, FEDERATED STATES OF"),
  /** 1S: MOLDOVA, REPUBLIC OF. */
  MOLDOVA_REPUBLIC_OF("1S", "MOLDOVA, REPUBLIC OF"),
  /** O9: MONACO. */
  MONACO("O9", "MONACO"),
  /** P0: MONGOLIA. */
  MONGOLIA("P0", "MONGOLIA"),
  /** Z5: MONTENEGRO. */
  MONTENEGRO("Z5", "MONTENEGRO"),
  /** P1: MONTSERRAT. */
  MONTSERRAT("P1", "MONTSERRAT"),
  /** P2: MOROCCO. */
  MOROCCO("P2", "MOROCCO"),
  /** P3: MOZAMBIQUE. */
  MOZAMBIQUE("P3", "MOZAMBIQUE"),
  /** E1: MYANMAR. */
  MYANMAR("E1", "MYANMAR"),
  /** T6: NAMIBIA. */
  NAMIBIA("T6", "NAMIBIA"),
  /** P5: NAURU. */
  NAURU("P5", "NAURU"),
  /** P6: NEPAL. */
  NEPAL("P6", "NEPAL"),
  /** P7: NETHERLANDS. */
  NETHERLANDS("P7", "NETHERLANDS"),
  /** P8: NETHERLANDS ANTILLES. */
  NETHERLANDS_ANTILLES("P8", "NETHERLANDS ANTILLES"),
  /** 1W: NEW CALEDONIA. */
  NEW_CALEDONIA("1W", "NEW CALEDONIA"),
  /** Q2: NEW ZEALAND. */
  NEW_ZEALAND("Q2", "NEW ZEALAND"),
  /** Q3: NICARAGUA. */
  NICARAGUA("Q3", "NICARAGUA"),
  /** Q4: NIGER. */
  NIGER("Q4", "NIGER"),
  /** Q5: NIGERIA. */
  NIGERIA("Q5", "NIGERIA"),
  /** Q6: NIUE. */
  NIUE("Q6", "NIUE"),
  /** Q7: NORFOLK ISLAND. */
  NORFOLK_ISLAND("Q7", "NORFOLK ISLAND"),
  /** 1V: NORTHERN MARIANA ISLANDS. */
  NORTHERN_MARIANA_ISLANDS("1V", "NORTHERN MARIANA ISLANDS"),
  /** Q8: NORWAY. */
  NORWAY("Q8", "NORWAY"),
  /** P4: OMAN. */
  OMAN("P4", "OMAN"),
  /** R0: PAKISTAN. */
  PAKISTAN("R0", "PAKISTAN"),
  /** 1Y: PALAU. */
  PALAU("1Y", "PALAU"),
  /** 1X: PALESTINIAN TERRITORY, OCCUPIED. */
  PALESTINIAN_TERRITORY_OCCUPIED("1X", "PALESTINIAN TERRITORY, OCCUPIED"),
  /** R1: PANAMA. */
  PANAMA("R1", "PANAMA"),
  /** R2: PAPUA NEW GUINEA. */
  PAPUA_NEW_GUINEA("R2", "PAPUA NEW GUINEA"),
  /** R4: PARAGUAY. */
  PARAGUAY("R4", "PARAGUAY"),
  /** R5: PERU. */
  PERU("R5", "PERU"),
  /** R6: PHILIPPINES. */
  PHILIPPINES("R6", "PHILIPPINES"),
  /** R8: PITCAIRN. */
  PITCAIRN("R8", "PITCAIRN"),
  /** R9: POLAND. */
  POLAND("R9", "POLAND"),
  /** S1: PORTUGAL. */
  PORTUGAL("S1", "PORTUGAL"),
  /** PR: PUERTO RICO. */
  PUERTO_RICO("PR", "PUERTO RICO"),
  /** S3: QATAR. */
  QATAR("S3", "QATAR"),
  /** S4: REUNION. */
  REUNION("S4", "REUNION"),
  /** S5: ROMANIA. */
  ROMANIA("S5", "ROMANIA"),
  /** 1Z: RUSSIAN FEDERATION. */
  RUSSIAN_FEDERATION("1Z", "RUSSIAN FEDERATION"),
  /** S6: RWANDA. */
  RWANDA("S6", "RWANDA"),
  /** Z0: SAINT BARTHELEMY. */
  SAINT_BARTHELEMY("Z0", "SAINT BARTHELEMY"),
  /** U8: SAINT HELENA. */
  SAINT_HELENA("U8", "SAINT HELENA"),
  /** U7: SAINT KITTS AND NEVIS. */
  SAINT_KITTS_AND_NEVIS("U7", "SAINT KITTS AND NEVIS"),
  /** U9: SAINT LUCIA. */
  SAINT_LUCIA("U9", "SAINT LUCIA"),
  /** Z1: SAINT MARTIN. */
  SAINT_MARTIN("Z1", "SAINT MARTIN"),
  /** V0: SAINT PIERRE AND MIQUELON. */
  SAINT_PIERRE_AND_MIQUELON("V0", "SAINT PIERRE AND MIQUELON"),
  /** V1: SAINT VINCENT AND THE GRENADINES. */
  SAINT_VINCENT_AND_THE_GRENADINES("V1", "SAINT VINCENT AND THE GRENADINES"),
  /** Y0: SAMOA. */
  SAMOA("Y0", "SAMOA"),
  /** S8: SAN MARINO. */
  SAN_MARINO("S8", "SAN MARINO"),
  /** S9: SAO TOME AND PRINCIPE. */
  SAO_TOME_AND_PRINCIPE("S9", "SAO TOME AND PRINCIPE"),
  /** T0: SAUDI ARABIA. */
  SAUDI_ARABIA("T0", "SAUDI ARABIA"),
  /** T1: SENEGAL. */
  SENEGAL("T1", "SENEGAL"),
  /** Z2: SERBIA. */
  SERBIA("Z2", "SERBIA"),
  /** T2: SEYCHELLES. */
  SEYCHELLES("T2", "SEYCHELLES"),
  /** T8: SIERRA LEONE. */
  SIERRA_LEONE("T8", "SIERRA LEONE"),
  /** U0: SINGAPORE. */
  SINGAPORE("U0", "SINGAPORE"),
  /** 2B: SLOVAKIA. */
  SLOVAKIA("2B", "SLOVAKIA"),
  /** 2A: SLOVENIA. */
  SLOVENIA("2A", "SLOVENIA"),
  /** D7: SOLOMON ISLANDS. */
  SOLOMON_ISLANDS("D7", "SOLOMON ISLANDS"),
  /** U1: SOMALIA. */
  SOMALIA("U1", "SOMALIA"),
  /** T3: SOUTH AFRICA. */
  SOUTH_AFRICA("T3", "SOUTH AFRICA"),
  /** 1L: SOUTH GEORGIA AND THE SOUTH SANDWICH ISLANDS. */
  SOUTH_GEORGIA_AND_THE_SOUTH_SANDWICH_ISLANDS("1L", "SOUTH GEORGIA AND THE SOUTH SANDWICH ISLANDS"),
  /** U3: SPAIN. */
  SPAIN("U3", "SPAIN"),
  /** F1: SRI LANKA. */
  SRI_LANKA("F1", "SRI LANKA"),
  /** V2: SUDAN. */
  SUDAN("V2", "SUDAN"),
  /** V3: SURINAME. */
  SURINAME("V3", "SURINAME"),
  /** L9: SVALBARD AND JAN MAYEN. */
  SVALBARD_AND_JAN_MAYEN("L9", "SVALBARD AND JAN MAYEN"),
  /** V6: SWAZILAND. */
  SWAZILAND("V6", "SWAZILAND"),
  /** V7: SWEDEN. */
  SWEDEN("V7", "SWEDEN"),
  /** V8: SWITZERLAND. */
  SWITZERLAND("V8", "SWITZERLAND"),
  /** V9: SYRIAN ARAB REPUBLIC. */
  SYRIAN_ARAB_REPUBLIC("V9", "SYRIAN ARAB REPUBLIC"),
  /** F5: TAIWAN. */
  TAIWAN("F5", "TAIWAN"),
  /** 2D: TAJIKISTAN. */
  TAJIKISTAN("2D", "TAJIKISTAN"),
  /** W0: TANZANIA, UNITED REPUBLIC OF. */
  TANZANIA_UNITED_REPUBLIC_OF("W0", "TANZANIA, UNITED REPUBLIC OF"),
  /** W1: THAILAND. */
  THAILAND("W1", "THAILAND"),
  /** Z3: TIMOR-LESTE. */
  TIMOR_LESTE("Z3", "TIMOR-LESTE"),
  /** W2: TOGO. */
  TOGO("W2", "TOGO"),
  /** W3: TOKELAU. */
  TOKELAU("W3", "TOKELAU"),
  /** W4: TONGA. */
  TONGA("W4", "TONGA"),
  /** W5: TRINIDAD AND TOBAGO. */
  TRINIDAD_AND_TOBAGO("W5", "TRINIDAD AND TOBAGO"),
  /** W6: TUNISIA. */
  TUNISIA("W6", "TUNISIA"),
  /** W8: TURKEY. */
  TURKEY("W8", "TURKEY"),
  /** 2E: TURKMENISTAN. */
  TURKMENISTAN("2E", "TURKMENISTAN"),
  /** W7: TURKS AND CAICOS ISLANDS. */
  TURKS_AND_CAICOS_ISLANDS("W7", "TURKS AND CAICOS ISLANDS"),
  /** 2G: TUVALU. */
  TUVALU("2G", "TUVALU"),
  /** W9: UGANDA. */
  UGANDA("W9", "UGANDA"),
  /** 2H: UKRAINE. */
  UKRAINE("2H", "UKRAINE"),
  /** C0: UNITED ARAB EMIRATES. */
  UNITED_ARAB_EMIRATES("C0", "UNITED ARAB EMIRATES"),
  /** X0: UNITED KINGDOM. */
  UNITED_KINGDOM("X0", "UNITED KINGDOM"),
  /** 2J: UNITED STATES MINOR OUTLYING ISLANDS. */
  UNITED_STATES_MINOR_OUTLYING_ISLANDS("2J", "UNITED STATES MINOR OUTLYING ISLANDS"),
  /** X3: URUGUAY. */
  URUGUAY("X3", "URUGUAY"),
  /** 2K: UZBEKISTAN. */
  UZBEKISTAN("2K", "UZBEKISTAN"),
  /** 2L: VANUATU. */
  VANUATU("2L", "VANUATU"),
  /** X5: VENEZUELA. */
  VENEZUELA("X5", "VENEZUELA"),
  /** Q1: VIET NAM. */
  VIET_NAM("Q1", "VIET NAM"),
  /** D8: VIRGIN ISLANDS, BRITISH. */
  VIRGIN_ISLANDS_BRITISH("D8", "VIRGIN ISLANDS, BRITISH"),
  /** VI: VIRGIN ISLANDS, U.S.. */
  VIRGIN_ISLANDS_U_S("VI", "VIRGIN ISLANDS, U.S."),
  /** X8: WALLIS AND FUTUNA. */
  WALLIS_AND_FUTUNA("X8", "WALLIS AND FUTUNA"),
  /** U5: WESTERN SAHARA. */
  WESTERN_SAHARA("U5", "WESTERN SAHARA"),
  /** T7: YEMEN. */
  YEMEN("T7", "YEMEN"),
  /** Y4: ZAMBIA. */
  ZAMBIA("Y4", "ZAMBIA"),
  /** Y5: ZIMBABWE. */
  ZIMBABWE("Y5", "ZIMBABWE"),
  /** XX: UNKNOWN. */
  UNKNOWN("XX", "UNKNOWN");

  private static final Codes<StateOrCountry> CODES = Codes.of("STATE_COUNTRY_CODE", values());

  // ---- the same states by their postal codes, as SolicitationState names them ----

  /** Alabama by its postal code: the same constant as {@link #ALABAMA}. */
  public static final StateOrCountry AL = ALABAMA;

  /** Alaska by its postal code: the same constant as {@link #ALASKA}. */
  public static final StateOrCountry AK = ALASKA;

  /** Arizona by its postal code: the same constant as {@link #ARIZONA}. */
  public static final StateOrCountry AZ = ARIZONA;

  /** Arkansas by its postal code: the same constant as {@link #ARKANSAS}. */
  public static final StateOrCountry AR = ARKANSAS;

  /** California by its postal code: the same constant as {@link #CALIFORNIA}. */
  public static final StateOrCountry CA = CALIFORNIA;

  /** Colorado by its postal code: the same constant as {@link #COLORADO}. */
  public static final StateOrCountry CO = COLORADO;

  /** Connecticut by its postal code: the same constant as {@link #CONNECTICUT}. */
  public static final StateOrCountry CT = CONNECTICUT;

  /** Delaware by its postal code: the same constant as {@link #DELAWARE}. */
  public static final StateOrCountry DE = DELAWARE;

  /** District Of Columbia by its postal code: the same constant as {@link #DISTRICT_OF_COLUMBIA}. */
  public static final StateOrCountry DC = DISTRICT_OF_COLUMBIA;

  /** Florida by its postal code: the same constant as {@link #FLORIDA}. */
  public static final StateOrCountry FL = FLORIDA;

  /** Georgia by its postal code: the same constant as {@link #GEORGIA}. */
  public static final StateOrCountry GA = GEORGIA;

  /** Hawaii by its postal code: the same constant as {@link #HAWAII}. */
  public static final StateOrCountry HI = HAWAII;

  /** Idaho by its postal code: the same constant as {@link #IDAHO}. */
  public static final StateOrCountry ID = IDAHO;

  /** Illinois by its postal code: the same constant as {@link #ILLINOIS}. */
  public static final StateOrCountry IL = ILLINOIS;

  /** Indiana by its postal code: the same constant as {@link #INDIANA}. */
  public static final StateOrCountry IN = INDIANA;

  /** Iowa by its postal code: the same constant as {@link #IOWA}. */
  public static final StateOrCountry IA = IOWA;

  /** Kansas by its postal code: the same constant as {@link #KANSAS}. */
  public static final StateOrCountry KS = KANSAS;

  /** Kentucky by its postal code: the same constant as {@link #KENTUCKY}. */
  public static final StateOrCountry KY = KENTUCKY;

  /** Louisiana by its postal code: the same constant as {@link #LOUISIANA}. */
  public static final StateOrCountry LA = LOUISIANA;

  /** Maine by its postal code: the same constant as {@link #MAINE}. */
  public static final StateOrCountry ME = MAINE;

  /** Maryland by its postal code: the same constant as {@link #MARYLAND}. */
  public static final StateOrCountry MD = MARYLAND;

  /** Massachusetts by its postal code: the same constant as {@link #MASSACHUSETTS}. */
  public static final StateOrCountry MA = MASSACHUSETTS;

  /** Michigan by its postal code: the same constant as {@link #MICHIGAN}. */
  public static final StateOrCountry MI = MICHIGAN;

  /** Minnesota by its postal code: the same constant as {@link #MINNESOTA}. */
  public static final StateOrCountry MN = MINNESOTA;

  /** Mississippi by its postal code: the same constant as {@link #MISSISSIPPI}. */
  public static final StateOrCountry MS = MISSISSIPPI;

  /** Missouri by its postal code: the same constant as {@link #MISSOURI}. */
  public static final StateOrCountry MO = MISSOURI;

  /** Montana by its postal code: the same constant as {@link #MONTANA}. */
  public static final StateOrCountry MT = MONTANA;

  /** Nebraska by its postal code: the same constant as {@link #NEBRASKA}. */
  public static final StateOrCountry NE = NEBRASKA;

  /** Nevada by its postal code: the same constant as {@link #NEVADA}. */
  public static final StateOrCountry NV = NEVADA;

  /** New Hampshire by its postal code: the same constant as {@link #NEW_HAMPSHIRE}. */
  public static final StateOrCountry NH = NEW_HAMPSHIRE;

  /** New Jersey by its postal code: the same constant as {@link #NEW_JERSEY}. */
  public static final StateOrCountry NJ = NEW_JERSEY;

  /** New Mexico by its postal code: the same constant as {@link #NEW_MEXICO}. */
  public static final StateOrCountry NM = NEW_MEXICO;

  /** New York by its postal code: the same constant as {@link #NEW_YORK}. */
  public static final StateOrCountry NY = NEW_YORK;

  /** North Carolina by its postal code: the same constant as {@link #NORTH_CAROLINA}. */
  public static final StateOrCountry NC = NORTH_CAROLINA;

  /** North Dakota by its postal code: the same constant as {@link #NORTH_DAKOTA}. */
  public static final StateOrCountry ND = NORTH_DAKOTA;

  /** Ohio by its postal code: the same constant as {@link #OHIO}. */
  public static final StateOrCountry OH = OHIO;

  /** Oklahoma by its postal code: the same constant as {@link #OKLAHOMA}. */
  public static final StateOrCountry OK = OKLAHOMA;

  /** Oregon by its postal code: the same constant as {@link #OREGON}. */
  public static final StateOrCountry OR = OREGON;

  /** Pennsylvania by its postal code: the same constant as {@link #PENNSYLVANIA}. */
  public static final StateOrCountry PA = PENNSYLVANIA;

  /** Rhode Island by its postal code: the same constant as {@link #RHODE_ISLAND}. */
  public static final StateOrCountry RI = RHODE_ISLAND;

  /** South Carolina by its postal code: the same constant as {@link #SOUTH_CAROLINA}. */
  public static final StateOrCountry SC = SOUTH_CAROLINA;

  /** South Dakota by its postal code: the same constant as {@link #SOUTH_DAKOTA}. */
  public static final StateOrCountry SD = SOUTH_DAKOTA;

  /** Tennessee by its postal code: the same constant as {@link #TENNESSEE}. */
  public static final StateOrCountry TN = TENNESSEE;

  /** Texas by its postal code: the same constant as {@link #TEXAS}. */
  public static final StateOrCountry TX = TEXAS;

  /** Utah by its postal code: the same constant as {@link #UTAH}. */
  public static final StateOrCountry UT = UTAH;

  /** Vermont by its postal code: the same constant as {@link #VERMONT}. */
  public static final StateOrCountry VT = VERMONT;

  /** Virginia by its postal code: the same constant as {@link #VIRGINIA}. */
  public static final StateOrCountry VA = VIRGINIA;

  /** Washington by its postal code: the same constant as {@link #WASHINGTON}. */
  public static final StateOrCountry WA = WASHINGTON;

  /** West Virginia by its postal code: the same constant as {@link #WEST_VIRGINIA}. */
  public static final StateOrCountry WV = WEST_VIRGINIA;

  /** Wisconsin by its postal code: the same constant as {@link #WISCONSIN}. */
  public static final StateOrCountry WI = WISCONSIN;

  /** Wyoming by its postal code: the same constant as {@link #WYOMING}. */
  public static final StateOrCountry WY = WYOMING;

  /** Guam by its postal code: the same constant as {@link #GUAM}. */
  public static final StateOrCountry GU = GUAM;

  /** Puerto Rico by its postal code: the same constant as {@link #PUERTO_RICO}. */
  public static final StateOrCountry PR = PUERTO_RICO;

  /** Virgin Islands, U.S. by its postal code: the same constant as {@link #VIRGIN_ISLANDS_U_S}. */
  public static final StateOrCountry VI = VIRGIN_ISLANDS_U_S;

  private final String code;
  private final String label;

  StateOrCountry(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * @param code an EDGAR state or country code such as {@code UT} or {@code D0}
   * @return the value
   * @throws UnknownCodeException if the code is not in the list
   */
  public static StateOrCountry fromEdgar(String code) {
    return CODES.lookup(code);
  }

  @Override
  public String edgarCode() {
    return code;
  }

  /** @return the upper-case name the XSD gives, e.g. {@code UTAH} or {@code BERMUDA} */
  @Override
  public String label() {
    return label;
  }

  /** @return true for the 50 states, DC and Puerto Rico (the codes of {@link SolicitationState}) */
  public boolean isSolicitationState() {
    return SolicitationState.isEdgarCode(code);
  }
}
