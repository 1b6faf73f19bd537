package io.formd.core.fake;

import io.formd.core.model.StateOrCountry;
import java.util.List;

/** Small built-in word lists: names, places, titles. Public-domain common words, no external data. */
final class Words {

  private Words() {}

  static final List<String> FIRST = List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
      "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
      "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Priya", "Wei", "Carlos", "Aisha", "Kenji",
      "Olga", "Mateo", "Fatima", "Lars", "Ingrid", "Rahul", "Chloe", "Diego", "Hannah", "Omar");
  static final List<String> MIDDLE = List.of("A.", "B.", "C.", "D.", "E.", "J.", "K.", "L.", "M.", "R.", "S.", "T.",
      "Lee", "Ann", "Marie", "James");
  static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
      "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
      "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
      "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Chen", "Patel", "Kim",
      "O'Brien", "Novak", "Schmidt", "Rossi", "Haddad", "Okafor");
  static final List<String> NAME_WORDS = List.of("Summit", "Harbor", "Granite", "Cedar", "Aurora", "Beacon", "Keystone",
      "Meridian", "Northwind", "Pinnacle", "Riverbend", "Sterling", "Bluefin", "Copperline", "Evergreen", "Falcon",
      "Highland", "Ironwood", "Juniper", "Lakeshore", "Maple", "Oakridge", "Redwood", "Silverleaf", "Tidewater",
      "Westbrook", "Bright", "Clear", "Open", "Blue", "Quantum", "Vector", "Atlas", "Orion", "Helix", "Nimbus");
  static final List<String> BUSINESS = List.of("Technologies", "Therapeutics", "Energy", "Holdings", "Labs", "Systems",
      "Foods", "Robotics", "Health", "Software", "Materials", "Networks", "Brands", "Logistics", "Analytics", "Bio");
  static final List<String> FUND_WORDS = List.of("Capital", "Partners", "Ventures", "Opportunities", "Credit",
      "Growth", "Income", "Real Estate", "Infrastructure", "Select");
  static final List<String> STREETS = List.of("Main Street", "Market Street", "Park Avenue", "Broadway", "Oak Street",
      "Pine Street", "Maple Avenue", "Washington Street", "Lake Drive", "Hill Road", "Sand Hill Road", "Elm Street",
      "Congress Avenue", "Peachtree Street", "Michigan Avenue", "Lexington Avenue", "University Avenue");
  static final List<String> TITLES = List.of("Chief Executive Officer", "President", "Chief Financial Officer",
      "Managing Member", "General Counsel", "Secretary", "Director", "Managing Partner", "Chief Operating Officer",
      "Authorized Signatory", "Treasurer", "Manager");
  static final List<String> PAPER_JURISDICTIONS = List.of("DE", "NV", "CA", "NY", "TX", "UT", "FL", "MA", "CN", "FN");

  /** A US city with its state and a ZIP prefix of three digits. */
  static final class City {
    final String name;
    final StateOrCountry state;
    final String zipPrefix;
    final String areaCode;

    City(String name, StateOrCountry state, String zipPrefix, String areaCode) {
      this.name = name;
      this.state = state;
      this.zipPrefix = zipPrefix;
      this.areaCode = areaCode;
    }
  }

  static final List<City> CITIES = List.of(
      new City("New York", StateOrCountry.NEW_YORK, "100", "212"),
      new City("Brooklyn", StateOrCountry.NEW_YORK, "112", "718"),
      new City("San Francisco", StateOrCountry.CALIFORNIA, "941", "415"),
      new City("Palo Alto", StateOrCountry.CALIFORNIA, "943", "650"),
      new City("Los Angeles", StateOrCountry.CALIFORNIA, "900", "213"),
      new City("Austin", StateOrCountry.TEXAS, "787", "512"),
      new City("Houston", StateOrCountry.TEXAS, "770", "713"),
      new City("Boston", StateOrCountry.MASSACHUSETTS, "021", "617"),
      new City("Chicago", StateOrCountry.ILLINOIS, "606", "312"),
      new City("Wilmington", StateOrCountry.DELAWARE, "198", "302"),
      new City("Miami", StateOrCountry.FLORIDA, "331", "305"),
      new City("Atlanta", StateOrCountry.GEORGIA, "303", "404"),
      new City("Denver", StateOrCountry.COLORADO, "802", "303"),
      new City("Seattle", StateOrCountry.WASHINGTON, "981", "206"),
      new City("Salt Lake City", StateOrCountry.UTAH, "841", "801"),
      new City("Lindon", StateOrCountry.UTAH, "840", "801"),
      new City("Nashville", StateOrCountry.TENNESSEE, "372", "615"),
      new City("Minneapolis", StateOrCountry.MINNESOTA, "554", "612"),
      new City("Philadelphia", StateOrCountry.PENNSYLVANIA, "191", "215"),
      new City("Greenwich", StateOrCountry.CONNECTICUT, "068", "203"),
      new City("Washington", StateOrCountry.DISTRICT_OF_COLUMBIA, "200", "202"),
      new City("San Juan", StateOrCountry.PUERTO_RICO, "009", "787"));

  /** A foreign place: code, city, postal code, telephone prefix. */
  static final class Foreign {
    final StateOrCountry country;
    final String city;
    final String postal;
    final String phone;

    Foreign(StateOrCountry country, String city, String postal, String phone) {
      this.country = country;
      this.city = city;
      this.postal = postal;
      this.phone = phone;
    }
  }

  static final List<Foreign> FOREIGN = List.of(
      new Foreign(StateOrCountry.CAYMAN_ISLANDS, "George Town", "KY1-1104", "+1 345 949 "),
      new Foreign(StateOrCountry.BERMUDA, "Hamilton", "HM 11", "+1 441 295 "),
      new Foreign(StateOrCountry.UNITED_KINGDOM, "London", "EC2V 7HH", "+44 20 7946 "),
      new Foreign(StateOrCountry.ONTARIO_CANADA, "Toronto", "M5H 2N2", "+1 416 555 "),
      new Foreign(StateOrCountry.SINGAPORE, "Singapore", "018989", "+65 6123 "));
}
