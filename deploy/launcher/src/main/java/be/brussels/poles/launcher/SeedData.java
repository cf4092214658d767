package be.brussels.poles.launcher;

import java.util.List;
import java.util.Map;

/**
 * The demo companies and their journeys across the agencies. Fictitious companies; the enterprise numbers are valid
 * (mod 97) but made up.
 */
public final class SeedData {

    public record Company(String enterpriseNumber, String name, String commune) {
    }

    /** {@code advisor}: marc.advisor (hub.brussels impulse) or nora.atrium (Atrium, package ATRIUM_OPEN). */
    public record GuidanceFile(String enterpriseNumber, String packageType, String note, String advisor) {
    }

    /** Filed by fatima.analyst (finance.brussels); a GUARANTEE by eva.guarantee (the Guarantee Fund records those). */
    public record Application(String enterpriseNumber, String instrument, String amountEur, String purpose) {

        public String analyst() {
            return "GUARANTEE".equals(instrument) ? "eva.guarantee" : "fatima.analyst";
        }
    }

    public record LocationRequest(String enterpriseNumber, String unitType, int surfaceMin, int surfaceMax,
            List<String> communes) {
    }

    public static final String WANTED_FROM = "2027-01-01";

    private static final String SABLON = "0712345531";
    private static final String BIKE = "0723456286";
    private static final String BREWING = "0734567637";
    private static final String DATALAB = "0745678095";
    private static final String FRESH = "0756789149";
    private static final String SOLAR = "0767891887";
    private static final String DENTAL = "0778912176";
    private static final String PRINT = "0789123506";
    private static final String FERMENTS = "0791234938";
    private static final String LEGAL = "0802345002";
    private static final String LOGISTICS = "0813456846";
    private static final String HEALTH = "0824567306";

    /** The first one is the marker: when it exists, the seeder does nothing. */
    public static final List<Company> COMPANIES = List.of(
            new Company(SABLON, "Atelier Sablon Céramique", "Bruxelles"),
            new Company(BIKE, "Molenbeek Bike Works", "Molenbeek-Saint-Jean"),
            new Company(BREWING, "Brasserie Zinneke Coop", "Anderlecht"),
            new Company(DATALAB, "Ixelles Data Lab", "Ixelles"),
            new Company(FRESH, "Saint-Gilles Fresh Foods", "Saint-Gilles"),
            new Company(SOLAR, "Schaerbeek Solar Services", "Schaerbeek"),
            new Company(DENTAL, "Uccle Dental Devices", "Uccle"),
            new Company(PRINT, "Jette Print & Pack", "Jette"),
            new Company(FERMENTS, "Forest Bio Ferments", "Forest"),
            new Company(LEGAL, "Etterbeek Legal Tech", "Etterbeek"),
            new Company(LOGISTICS, "Evere Logistics Hub", "Evere"),
            new Company(HEALTH, "Woluwe Health Analytics", "Woluwe-Saint-Lambert"));

    public static final List<GuidanceFile> GUIDANCE_FILES = List.of(
            new GuidanceFile(SABLON, "CREATION", "Ceramics workshop and shop; business plan review.", "marc.advisor"),
            new GuidanceFile(BIKE, "ATRIUM_OPEN", "Repair shop on a commercial street; footfall study.", "nora.atrium"),
            new GuidanceFile(BREWING, "GROWTH", "Second brewing line; export to the Netherlands considered.",
                    "marc.advisor"),
            new GuidanceFile(DATALAB, "HIGH_POTENTIAL_STARTER", "Data platform for SMEs; first paying pilots.",
                    "marc.advisor"),
            new GuidanceFile(FRESH, "ATRIUM_OPEN", "Second shop in the Parvis area.", "nora.atrium"),
            new GuidanceFile(SOLAR, "TRANSITION", "Move to heat pumps installation; staff training plan.",
                    "marc.advisor"),
            new GuidanceFile(PRINT, "TRANSFER", "Founder retiring; buyer found among the employees.", "marc.advisor"),
            new GuidanceFile(FERMENTS, "UNIVERSAL", "Questions on food safety permits.", "marc.advisor"),
            new GuidanceFile(LEGAL, "RESTART", "Restart after a closed first company.", "marc.advisor"),
            new GuidanceFile(HEALTH, "HIGH_POTENTIAL_STARTER", "Hospital data analytics; seed round in preparation.",
                    "marc.advisor"));

    public static final List<Application> APPLICATIONS = List.of(
            new Application(SABLON, "MICROCREDIT", "15000.00", "Kiln and first stock"),
            new Application(BREWING, "SUBORDINATED_LOAN", "150000.00", "Second brewing line"),
            new Application(DATALAB, "PRE_SEED", "50000.00", "Product development, first two hires"),
            new Application(FRESH, "START_LOAN", "25000.00", "Fit-out of the second shop"),
            new Application(SOLAR, "GUARANTEE", "80000.00", "Guarantee on a bank loan for vans"),
            new Application(DENTAL, "EQUITY", "250000.00", "Certification of a new implant line"),
            new Application(PRINT, "BANK_COFINANCING", "120000.00", "Management buy-out"),
            new Application(LEGAL, "HONOUR_LOAN", "20000.00", "Working capital for the restart"),
            new Application(LOGISTICS, "EXPORT_FINANCE", "200000.00", "Pre-financing of export orders"),
            new Application(HEALTH, "CO_INVESTMENT", "400000.00", "Seed round alongside private investors"),
            new Application(BIKE, "START_LOAN", "18000.00", "Tools and a cargo bike"),
            new Application(FERMENTS, "MICROCREDIT", "9000.00", "Fermentation tanks"));

    /** A Brussels Guarantee Fund guarantee, recorded by eva.guarantee (fictitious bank and amounts). */
    public record Guarantee(String enterpriseNumber, String bank, String creditEur, String coveragePercent,
            String riskSplit, String feeEur, String type) {
    }

    /** One approved automatically (under the demo threshold), two waiting for the fund's committee. */
    public static final List<Guarantee> GUARANTEES = List.of(
            new Guarantee(SOLAR, "Banque de la Senne", "40000.00", "50", "NONE", "300.00", "GREEN"),
            new Guarantee(PRINT, "Banque du Canal", "240000.00", null, "THIRDS", "1200.00", "STANDARD"),
            new Guarantee(LOGISTICS, "Banque de la Senne", "150000.00", "60", "NONE", "750.00",
                    "PUBLIC_PROCUREMENT_WORKING_CAPITAL"));

    /** One workflow step of a demo application: {@code POST /applications/{id}/transitions}. */
    public record Step(String action, String user, Map<String, Object> fields) {
    }

    private static final String ANALYST = "fatima.analyst";
    private static final String COMMITTEE = "jan.committee";

    private static List<Step> analysed(String... opinionFrom) {
        return List.of(new Step("COMPLETE", ANALYST, Map.of()), new Step("START_ANALYSIS", ANALYST, Map.of()),
                new Step("RECORD_ANALYSIS", ANALYST, Map.of("riskNotes", "Order book and own funds checked.",
                        "opinionRequests", List.of(opinionFrom).stream()
                                .map(from -> Map.of("kind", "CLUSTER", "from", from)).toList())));
    }

    private static List<Step> concat(List<Step> first, Step... then) {
        List<Step> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(then));
        return all;
    }

    private static Step approveLoan(String amount, int months, String rate, String repayment, int grace) {
        return new Step("APPROVE", COMMITTEE, Map.of("amount", Map.of("currency", "EUR", "value", amount),
                "terms", Map.of("durationMonths", months, "annualRatePercent", rate, "repayment", repayment,
                        "graceMonths", grace)));
    }

    private static final Step TO_COMMITTEE = new Step("SUBMIT_TO_COMMITTEE", ANALYST, Map.of());
    private static final Step SIGN = new Step("SIGN_CONTRACT", ANALYST, Map.of("note", "Signed at the office"));
    private static final Step DISBURSE = new Step("DISBURSE", ANALYST, Map.of());
    private static final Step REPAY = new Step("START_REPAYMENT", ANALYST, Map.of());

    /**
     * The steps that bring a demo application to its demo stage, so that the financing pole shows every stage
     * (ON_HOLD only happens when the guidance service does not answer). Fictitious files: the amounts and rates
     * here are demo values, not figures of the sources. Steps that need an open guidance file are only used for
     * companies with one.
     */
    public static List<Step> pathOf(Application a) {
        switch (a.enterpriseNumber()) {
            case SABLON: // repaying an annuity with a grace period
                return concat(analysed("ecobuild.brussels"), TO_COMMITTEE,
                        approveLoan("15000.00", 36, "3.5", "ANNUITY", 3), SIGN, DISBURSE, REPAY);
            case BREWING: // repaying a linear loan
                return concat(analysed(), TO_COMMITTEE, approveLoan("150000.00", 60, "4.25", "LINEAR", 6), SIGN,
                        DISBURSE, REPAY);
            case DATALAB:
                return concat(analysed("software.brussels"), TO_COMMITTEE);
            case FRESH:
                return concat(analysed(), TO_COMMITTEE, new Step("REFUSE", COMMITTEE, Map.of("motivation",
                        "The second shop's plan does not yet show enough footfall; we suggest revisiting it after"
                                + " a year of figures of the first shop.")));
            case PRINT:
                return concat(analysed(), TO_COMMITTEE, approveLoan("120000.00", 84, "3.75", "ANNUITY", 0), SIGN);
            case LEGAL:
                return analysed("lifetech.brussels");
            case HEALTH:
                return concat(analysed("lifetech.brussels"), TO_COMMITTEE, new Step("APPROVE", COMMITTEE,
                        Map.of("amount", Map.of("currency", "EUR", "value", "400000.00"))));
            case DENTAL:
                return List.of(new Step("COMPLETE", ANALYST, Map.of()));
            case LOGISTICS:
                return List.of(new Step("WITHDRAW", ANALYST, Map.of("note", "The company found a bank credit.")));
            case BIKE: // repaid and closed
                return concat(analysed(), TO_COMMITTEE, approveLoan("18000.00", 24, "3", "LINEAR", 0), SIGN,
                        DISBURSE, REPAY, new Step("CLOSE", ANALYST, Map.of("note", "Repaid early")));
            case FERMENTS: // written off
                return concat(analysed(), TO_COMMITTEE, approveLoan("9000.00", 24, "4", "ANNUITY", 0), SIGN,
                        DISBURSE, REPAY, new Step("WRITE_OFF", COMMITTEE, Map.of("motivation",
                                "Company in bankruptcy; the claim was filed with the trustee.")));
            default:
                return List.of();
        }
    }

    public static final List<LocationRequest> LOCATION_REQUESTS = List.of(
            new LocationRequest(SABLON, "WORKSHOP", 80, 150, List.of("Bruxelles", "Anderlecht")),
            new LocationRequest(BIKE, "WORKSHOP", 120, 250, List.of("Molenbeek-Saint-Jean", "Koekelberg", "Anderlecht")),
            new LocationRequest(BREWING, "WORKSHOP", 300, 600, List.of("Anderlecht", "Forest")),
            new LocationRequest(DATALAB, "DESK", 4, 10, List.of("Ixelles", "Etterbeek", "Bruxelles")),
            new LocationRequest(DENTAL, "LAB", 150, 300, List.of("Uccle", "Forest", "Anderlecht")),
            new LocationRequest(FERMENTS, "LAB", 80, 200, List.of("Forest", "Saint-Gilles", "Anderlecht")),
            new LocationRequest(LOGISTICS, "STORAGE", 800, 1500, List.of("Evere", "Bruxelles", "Schaerbeek")),
            new LocationRequest(HEALTH, "OFFICE", 200, 400,
                    List.of("Woluwe-Saint-Lambert", "Woluwe-Saint-Pierre", "Evere")));

    private SeedData() {
    }
}
