package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.housing.request.UnitType;
import be.brussels.poles.kit.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo inventory seeded into an empty database: at least one site in each of the 19
 * communes, of every site type, with units of every type. Everything is fictitious and says so
 * ("(demo)" in every name and operator); surfaces and prices are plausible orders of magnitude,
 * not figures of any real site (the sources give no stock figures). Ids are derived from the
 * names, so they are the same on every machine.
 */
public final class DemoInventory {

  static final Officer SEEDER = new Officer("Demo data", "");

  private DemoInventory() {}

  /** A site and its units. */
  public record Entry(Site site, List<Unit> units) {}

  /** The sites and units, with units lettable from {@code today}'s month. */
  public static List<Entry> entries(LocalDate today, Instant now) {
    LocalDate from = today.withDayOfMonth(1);
    List<Entry> entries = new ArrayList<>();
    entries.add(entry(now, from, "Parc d'activités Erasme (demo)", SiteType.BUSINESS_PARK,
        "citydev.brussels (demo)", "Route de Lennik 800", "1070", Commune.ANDERLECHT,
        50.8125, 4.2680, List.of(Sector.LIFE_TECH, Sector.MANUFACTURING),
        List.of("truck access", "security", "parking"), "PLOT:5000:3.20", "WORKSHOP:800:7.50",
        "LAB:300:19.00"));
    entries.add(entry(now, from, "Centre d'entreprises Auderghem (demo)",
        SiteType.BUSINESS_CENTRE, "Demo business centres asbl", "Chaussée de Wavre 1500",
        "1160", Commune.AUDERGHEM, 50.8160, 4.4300, List.of(Sector.GENERAL),
        List.of("reception", "meeting rooms", "domiciliation"), "OFFICE:40:14.00",
        "OFFICE:75:13.50", "DESK:6:240.00"));
    entries.add(entry(now, from, "Ateliers Berchem (demo)", SiteType.SME_BUILDING,
        "citydev.brussels (demo)", "Rue des Alcyons 10", "1082",
        Commune.BERCHEM_SAINTE_AGATHE, 50.8640, 4.2930, List.of(Sector.MANUFACTURING,
            Sector.FOOD), List.of("loading bay", "shared kitchen"), "WORKSHOP:250:8.00",
        "WORKSHOP:400:7.80"));
    entries.add(entry(now, from, "Coworking Sainte-Catherine (demo)", SiteType.COWORKING_SPACE,
        "Demo coworking scrl", "Quai aux Briques 40", "1000", Commune.BRUXELLES, 50.8510,
        4.3470, List.of(Sector.DIGITAL, Sector.CREATIVE), List.of("wifi", "events", "phone booths"),
        "DESK:6:260.00", "DESK:6:260.00", "DESK:8:300.00", "OFFICE:20:650.00"));
    entries.add(entry(now, from, "Incubateur Tour & Taxis (demo)", SiteType.INCUBATOR,
        "Demo incubation asbl", "Avenue du Port 86", "1000", Commune.BRUXELLES, 50.8670, 4.3490,
        List.of(Sector.GREEN_TECH, Sector.CIRCULAR_ECONOMY),
        List.of("coaching", "investor meetings", "meeting rooms"), "OFFICE:25:11.00",
        "OFFICE:35:11.00", "DESK:6:180.00"));
    entries.add(entry(now, from, "Starter centre BIE (demo)", SiteType.STARTER_CENTRE,
        "Brussels Invest & Export (demo)", "Avenue Louise 500", "1050", Commune.IXELLES, 50.8240,
        4.3680, List.of(Sector.GENERAL), List.of("equipped offices", "tailored advice",
            "reception"), "OFFICE:18:0.00", "OFFICE:18:0.00", "OFFICE:24:0.00"));
    entries.add(entry(now, from, "Maison des entreprises Etterbeek (demo)",
        SiteType.BUSINESS_CENTRE, "Demo business centres asbl", "Avenue d'Auderghem 200",
        "1040", Commune.ETTERBEEK, 50.8350, 4.3880, List.of(Sector.GENERAL),
        List.of("reception", "meeting rooms"), "OFFICE:30:14.50", "OFFICE:60:14.00"));
    entries.add(entry(now, from, "Evere Life Sciences Hub (demo)", SiteType.INCUBATOR,
        "Demo life sciences incubator sa", "Avenue Jules Bordet 160", "1140", Commune.EVERE,
        50.8700, 4.4060, List.of(Sector.LIFE_TECH), List.of("wet labs", "cold storage",
            "coaching"), "LAB:60:22.00", "LAB:90:21.00", "OFFICE:25:13.00"));
    entries.add(entry(now, from, "Zone industrielle Forest (demo)", SiteType.BUSINESS_PARK,
        "citydev.brussels (demo)", "Boulevard de la 2e Armée Britannique 700", "1190",
        Commune.FOREST, 50.8110, 4.3130, List.of(Sector.MANUFACTURING, Sector.LOGISTICS),
        List.of("truck access", "security"), "PLOT:3000:3.00", "WORKSHOP:1200:7.00"));
    entries.add(entry(now, from, "Fab lab Ganshoren (demo)", SiteType.FAB_LAB,
        "Demo makers asbl", "Avenue de Villegas 20", "1083", Commune.GANSHOREN, 50.8710, 4.3080,
        List.of(Sector.MANUFACTURING, Sector.CREATIVE), List.of("3D printers", "laser cutter",
            "training"), "WORKSHOP:40:9.00", "DESK:6:150.00"));
    entries.add(entry(now, from, "Coworking Flagey (demo)", SiteType.COWORKING_SPACE,
        "Demo coworking scrl", "Rue du Belvédère 20", "1050", Commune.IXELLES, 50.8280, 4.3720,
        List.of(Sector.DIGITAL), List.of("wifi", "community manager"), "DESK:6:280.00",
        "DESK:6:280.00", "OFFICE:15:600.00"));
    entries.add(entry(now, from, "Ateliers de Jette (demo)", SiteType.SME_BUILDING,
        "citydev.brussels (demo)", "Rue Bonaventure 100", "1090", Commune.JETTE, 50.8790,
        4.3240, List.of(Sector.FOOD), List.of("shared kitchen", "cold rooms"),
        "WORKSHOP:180:8.50", "WORKSHOP:220:8.50"));
    entries.add(entry(now, from, "Centre d'entreprises Koekelberg (demo)",
        SiteType.BUSINESS_CENTRE, "Demo business centres asbl", "Rue Herkoliers 30", "1081",
        Commune.KOEKELBERG, 50.8620, 4.3280, List.of(Sector.GENERAL),
        List.of("reception", "domiciliation"), "OFFICE:25:12.00", "DESK:6:200.00"));
    entries.add(entry(now, from, "Canal Business Centre Molenbeek (demo)",
        SiteType.BUSINESS_CENTRE, "Demo business centres asbl", "Rue Ransfort 27", "1080",
        Commune.MOLENBEEK_SAINT_JEAN, 50.8540, 4.3350,
        List.of(Sector.CREATIVE, Sector.SOCIAL_ECONOMY),
        List.of("reception", "meeting rooms", "coaching"), "OFFICE:20:11.50",
        "OFFICE:45:11.00", "WORKSHOP:120:8.00", "DESK:6:190.00"));
    entries.add(entry(now, from, "Starter centre économie sociale (demo)",
        SiteType.STARTER_CENTRE, "Demo social economy starters scrl", "Rue Fernand Bernier 15",
        "1060", Commune.SAINT_GILLES, 50.8260, 4.3440, List.of(Sector.SOCIAL_ECONOMY),
        List.of("coaching", "shared office"), "OFFICE:20:9.00", "DESK:6:150.00"));
    entries.add(entry(now, from, "Coworking Botanique (demo)", SiteType.COWORKING_SPACE,
        "Demo coworking scrl", "Rue Royale 236", "1210", Commune.SAINT_JOSSE_TEN_NOODE, 50.8550,
        4.3660, List.of(Sector.GENERAL), List.of("wifi", "events"), "DESK:6:250.00",
        "DESK:6:250.00"));
    entries.add(entry(now, from, "Pôle numérique Schaerbeek (demo)", SiteType.INCUBATOR,
        "Demo digital incubator asbl", "Avenue Rogier 50", "1030", Commune.SCHAERBEEK, 50.8600,
        4.3830, List.of(Sector.DIGITAL), List.of("coaching", "investor meetings"),
        "OFFICE:20:12.00", "OFFICE:30:12.00", "DESK:6:170.00"));
    entries.add(entry(now, from, "Ateliers Uccle-Stalle (demo)", SiteType.SME_BUILDING,
        "citydev.brussels (demo)", "Rue de Stalle 150", "1180", Commune.UCCLE, 50.8030, 4.3270,
        List.of(Sector.MANUFACTURING), List.of("loading bay"), "WORKSHOP:300:8.20",
        "WORKSHOP:500:8.00", "STORAGE:100:5.00"));
    entries.add(entry(now, from, "Green Hub Boitsfort (demo)", SiteType.INCUBATOR,
        "Demo green incubator asbl", "Chaussée de La Hulpe 180", "1170",
        Commune.WATERMAEL_BOITSFORT, 50.8000, 4.4150,
        List.of(Sector.GREEN_TECH, Sector.CIRCULAR_ECONOMY), List.of("test garden", "coaching"),
        "OFFICE:25:10.50", "LAB:50:16.00"));
    entries.add(entry(now, from, "Business centre Woluwe (demo)", SiteType.BUSINESS_CENTRE,
        "Demo business centres asbl", "Avenue de Broqueville 116", "1200",
        Commune.WOLUWE_SAINT_LAMBERT, 50.8430, 4.4200, List.of(Sector.GENERAL, Sector.LIFE_TECH),
        List.of("reception", "meeting rooms", "parking"), "OFFICE:35:15.00", "OFFICE:80:14.50"));
    entries.add(entry(now, from, "Coworking Stockel (demo)", SiteType.COWORKING_SPACE,
        "Demo coworking scrl", "Rue de l'Église 100", "1150", Commune.WOLUWE_SAINT_PIERRE,
        50.8380, 4.4550, List.of(Sector.GENERAL), List.of("wifi", "parking"), "DESK:6:270.00",
        "OFFICE:15:620.00"));
    return entries;
  }

  /**
   * A site and its units. Each unit is "TYPE:surface:price", the price a month per m² for
   * offices, workshops, labs, plots and storage, and per unit for desks and for offices under
   * 20 m² in coworking spaces (how such spaces quote).
   */
  private static Entry entry(Instant now, LocalDate from, String name, SiteType type,
      String operator, String street, String postcode, Commune commune, double latitude,
      double longitude, List<Sector> sectors, List<String> services, String... units) {
    Site site = new Site(id(name), name, type, operator, street, postcode, commune,
        new Coordinates(latitude, longitude), sectors, services, SEEDER, now, 1);
    List<Unit> made = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      String[] parts = units[i].split(":");
      UnitType unitType = UnitType.valueOf(parts[0]);
      int surface = Integer.parseInt(parts[1]);
      BigDecimal price = new BigDecimal(parts[2]);
      boolean perUnit = unitType == UnitType.DESK
          || (type == SiteType.COWORKING_SPACE && unitType == UnitType.OFFICE);
      BigDecimal monthly = perUnit ? price : price.multiply(BigDecimal.valueOf(surface));
      String reference = unitType.label().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
          + String.format("%02d", i + 1);
      made.add(Unit.create(id(name + "/" + reference), site, unitType, reference, surface,
          Money.of(monthly, Money.EUR, "monthlyPrice"), from.plusMonths(i % 3), null, now));
    }
    return new Entry(site, made);
  }

  private static UUID id(String name) {
    return UUID.nameUUIDFromBytes(("housing-demo:" + name).getBytes(StandardCharsets.UTF_8));
  }
}
