package be.brussels.poles.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the demo guidance files go through after they are opened, so that the demo shows files
 * of every package at most stages (admission, sessions, notes, fee, growth selection, promotion,
 * COM referral, transfer match), and the pole's other demo work: 1819 intake requests, the
 * operators registry and events. Names marked "(demo)" are fictitious.
 */
final class GuidanceSeedData {

    /** One call on a file: method, path after /guidance-files/{id}, body (the version is added). */
    record FileStep(String method, String path, Map<String, Object> body) {
    }

    private GuidanceSeedData() {
    }

    // the demo companies of SeedData
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

    /**
     * Files opened besides {@link SeedData#GUIDANCE_FILES}, so every growth stage shows and one file is closed
     * (of a company that keeps another open file: financing applications need one).
     */
    static final List<SeedData.GuidanceFile> MORE_FILES = List.of(
            new SeedData.GuidanceFile(DENTAL, "GROWTH", "3D-printed dental devices; hiring two technicians.",
                    "marc.advisor"),
            new SeedData.GuidanceFile(LOGISTICS, "GROWTH", "Last-mile hub; electric vans and a second site.",
                    "marc.advisor"),
            new SeedData.GuidanceFile(FRESH, "GROWTH", "Wholesale line for restaurants next to the shops.",
                    "marc.advisor"),
            new SeedData.GuidanceFile(SOLAR, "GROWTH", "Installer network across the Region.", "marc.advisor"),
            new SeedData.GuidanceFile(SABLON, "UNIVERSAL", "Questions on the permit for a kiln.", "marc.advisor"));

    private static FileStep admit(List<String> conditions, List<String> groups) {
        return new FileStep("PUT", "/admission", Map.of("conditionsMet", conditions, "priorityGroups", groups));
    }

    private static FileStep stage(String stage) {
        return new FileStep("POST", "/stage", Map.of("stage", stage));
    }

    private static FileStep session(String kind, String summary, String confidentiality) {
        return new FileStep("POST", "/sessions", Map.of("kind", kind, "summary", summary,
                "confidentiality", confidentiality));
    }

    private static FileStep note(String text, String confidentiality) {
        return new FileStep("POST", "/notes", Map.of("text", text, "confidentiality", confidentiality));
    }

    private static FileStep nominate(String source, String nominator) {
        return new FileStep("POST", "/growth/nomination", Map.of("source", source, "nominator", nominator));
    }

    private static FileStep evaluate(String verdict, String summary) {
        return new FileStep("POST", "/growth/evaluation", Map.of("expert", "External growth expert (demo)",
                "verdict", verdict, "summary", summary));
    }

    private static final List<String> GROWTH = List.of("BRUSSELS_ESTABLISHMENT", "GROWTH_SCENARIO");

    private static List<FileStep> growthTo(String last, String nominator) {
        List<FileStep> steps = new ArrayList<>(List.of(admit(GROWTH, List.of()), stage("CANDIDATE")));
        if (last.equals("CANDIDATE")) {
            return steps;
        }
        steps.add(nominate(nominator.endsWith(".brussels") ? "CLUSTER" : "ADVISER", nominator));
        if (last.equals("NOMINATED")) {
            return steps;
        }
        steps.add(evaluate("FAVOURABLE", "Solid order book; management team to be completed."));
        for (String next : List.of("SCREENING", "GROWTH_PLAN", "PERSONALISED_PATH", "FOLLOW_UP")) {
            if (last.equals("EXPERT_EVALUATION")) {
                return steps;
            }
            steps.add(stage(next));
            if (next.equals(last)) {
                return steps;
            }
        }
        return steps;
    }

    /** The steps of one demo file, by company and package. */
    static List<FileStep> stepsOf(SeedData.GuidanceFile f) {
        switch (f.enterpriseNumber() + ":" + f.packageType()) {
            case SABLON + ":CREATION":
                return List.of(admit(List.of("BRUSSELS_ESTABLISHMENT", "PROJECT_ASSESSED"), List.of("WOMEN")),
                        stage("COACHING"),
                        session("INDIVIDUAL_COACHING", "Business plan reviewed; pricing of the ceramics courses"
                                + " revised.", "AGENCY"),
                        note("Interested in the coworking cheque for the glazing studio.", "POLE"));
            case BIKE + ":ATRIUM_OPEN":
                return List.of(admit(List.of("BRUSSELS_ESTABLISHMENT", "PROJECT_ASSESSED", "RETAIL_PROJECT"),
                        List.of("JOBSEEKER")), stage("COACHING"),
                        session("INDIVIDUAL_COACHING", "Shop front and opening hours discussed.", "POLE"),
                        stage("FOLLOW_UP"));
            case BREWING + ":GROWTH":
                return growthTo("GROWTH_PLAN", "hub.brussels impulse adviser");
            case DATALAB + ":HIGH_POTENTIAL_STARTER":
                return List.of(admit(List.of("BRUSSELS_ESTABLISHMENT", "PROJECT_ASSESSED",
                        "HIGH_POTENTIAL_CONFIRMED"), List.of("YOUTH")), stage("COACHING"),
                        session("INDIVIDUAL_COACHING", "Pricing of the SME plan; pilot contracts reviewed.",
                                "AGENCY"));
            case SOLAR + ":TRANSITION":
                return List.of(admit(List.of("BRUSSELS_ESTABLISHMENT"), List.of()), stage("DIAGNOSIS"));
            case PRINT + ":TRANSFER":
                return List.of(admit(List.of("BRUSSELS_ESTABLISHMENT", "TRANSFER_PROJECT"), List.of("SENIOR")),
                        stage("DIAGNOSIS"), stage("CONSULTANCY"), stage("MATCHING"),
                        new FileStep("POST", "/matches", Map.of("counterpartRole", "BUYER",
                                "counterpartName", "Employee buy-out team (demo)")));
            case FERMENTS + ":UNIVERSAL":
                // stays open: its microcredit goes to the committee, which needs an open file (M49 C)
                return List.of(stage("COACHING"));
            case SABLON + ":UNIVERSAL":
                return List.of(stage("COACHING"), new FileStep("POST", "/stage", Map.of("stage", "CLOSED",
                        "reason", "Permit questions answered; the creation file goes on.")));
            case LEGAL + ":RESTART":
                return List.of(admit(List.of("BRUSSELS_ESTABLISHMENT", "DIFFICULTY_OR_FAILURE"),
                        List.of("RESTARTER")),
                        new FileStep("POST", "/com-referral", Map.of("reason",
                                "Debts of the first company; legal advice on the restart.")),
                        stage("DIAGNOSIS"), stage("BUSINESS_PLAN"), stage("FINANCING_PLAN"));
            case HEALTH + ":HIGH_POTENTIAL_STARTER":
                return List.of(admit(List.of("BRUSSELS_ESTABLISHMENT", "PROJECT_ASSESSED",
                        "HIGH_POTENTIAL_CONFIRMED"), List.of()), stage("COACHING"),
                        new FileStep("POST", "/promotion", Map.of("conditionsMet", GROWTH)));
            case DENTAL + ":GROWTH":
                return growthTo("EXPERT_EVALUATION", "lifetech.brussels");
            case LOGISTICS + ":GROWTH":
                return growthTo("PERSONALISED_PATH", "hub.brussels impulse adviser");
            case FRESH + ":GROWTH":
                return growthTo("NOMINATED", "hub.brussels impulse adviser");
            case SOLAR + ":GROWTH":
                return growthTo("SCREENING", "ecobuild.brussels");
            default:
                return List.of();
        }
    }

    /** 1819 intake requests: {user, body}. */
    static final List<Map<String, Object>> INTAKE_REQUESTS = List.of(
            Map.of("channel", "PHONE", "language", "FR", "requesterKind", "EXISTING_COMPANY",
                    "enterpriseNumber", SABLON, "topics", List.of("FINANCING", "LOCATION"),
                    "question", "Comment financer un four et trouver un atelier plus grand ?",
                    "answer", "Capital de départ et chèque coworking proposés ; renvoi vers finance.brussels.",
                    "orientations", List.of(Map.of("serviceId", "finance-start-capital", "referToAgency", "FINANCE"),
                            Map.of("serviceId", "coworking-cheque"))),
            Map.of("channel", "DESK", "language", "NL", "requesterKind", "PROJECT_HOLDER",
                    "topics", List.of("CREATION", "TRAINING"),
                    "question", "Ik wil een fietskoerierdienst starten; waar begin ik?",
                    "answer", "StartEssentials-workshop en ondernemersopleiding voorgesteld.",
                    "orientations", List.of(Map.of("serviceId", "1819-startessentials"),
                            Map.of("serviceId", "syntra-brussel"))),
            Map.of("channel", "WEB", "language", "EN", "requesterKind", "NEW_COMPANY",
                    "enterpriseNumber", HEALTH, "topics", List.of("HIRING", "GROWTH"),
                    "question", "We need two data engineers; which hiring aids exist?",
                    "answer", "Select Actiris and the growth package explained.",
                    "orientations", List.of(Map.of("serviceId", "select-actiris", "referToAgency", "ACTIRIS"),
                            Map.of("serviceId", "impulse-growth-package"))),
            Map.of("channel", "PHONE", "language", "FR", "requesterKind", "EXISTING_COMPANY",
                    "enterpriseNumber", LEGAL, "topics", List.of("DIFFICULTY", "LEGAL"),
                    "question", "Mon entreprise précédente a fait faillite ; puis-je redémarrer ?",
                    "answer", "Orientation vers le CED et le package relance.",
                    "orientations", List.of(Map.of("serviceId", "com-difficulty"),
                            Map.of("serviceId", "com-restart-tools"))));

    /** Operators of the accredited network, registered and accredited by a manager: {name, kind}. */
    static final List<List<String>> OPERATORS = List.of(
            List.of("Réseau Entreprendre Bruxelles", "PRIVATE_PARTNER", "mentoring, honour loan"),
            List.of("MIC Brussels", "PRIVATE_PARTNER", "digital start-up coaching"),
            List.of("Start Academy", "PRIVATE_PARTNER", "pre-launch training"),
            List.of("GreenLab", "PRIVATE_PARTNER", "sustainable projects"),
            List.of("JUMP", "PRIVATE_PARTNER", "women's leadership"),
            List.of("Centre for Enterprises in Difficulty (COM)", "PRIVATE_PARTNER", "restart diagnosis"),
            List.of("Transfer consultancy (demo)", "CONSULTANT", "transfer diagnosis"),
            List.of("Growth experts (demo)", "CONSULTANT", "growth path"));

    /** Events: {user, kind, title, days from today}. */
    static final List<List<String>> EVENTS = List.of(
            List.of("lea.intake", "STARTESSENTIALS_WORKSHOP", "StartEssentials: from idea to business plan", "14"),
            List.of("lea.intake", "STARTESSENTIALS_WORKSHOP", "StartEssentials: financing your start", "28"),
            List.of("marc.advisor", "BOOST_CAMP", "Boost Camp for high-potential starters", "45"),
            List.of("ben.bie", "BIE_MISSION", "Economic mission (demo)", "60"));
}
