package be.brussels.poles.launcher;

import java.util.List;

/**
 * The demo users of the realm file {@code deploy/keycloak/poles-realm.json} (a test keeps the two in step).
 * Demo only: every one has the password {@value #PASSWORD}.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /** One demo user: a member of one agency group with one realm role. */
    public record DemoUser(String username, String firstName, String lastName, String group, String agency,
            String role) {

        public String email() {
            return username + "@demo.poles.brussels";
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("lea.intake", "Léa", "Janssens", "/hub/1819", "hub.brussels 1819 (single entry point)", "intake"),
            new DemoUser("marc.advisor", "Marc", "Dubois", "/hub/impulse", "hub.brussels impulse", "advisor"),
            new DemoUser("nora.atrium", "Nora", "El Amrani", "/hub/atrium", "hub.brussels Atrium", "advisor"),
            new DemoUser("ben.bie", "Ben", "Peeters", "/hub/bie", "hub.brussels Invest & Export", "advisor"),
            new DemoUser("fatima.analyst", "Fatima", "Benali", "/finance", "finance.brussels", "analyst"),
            new DemoUser("jan.committee", "Jan", "Claes", "/finance", "finance.brussels", "committee"),
            new DemoUser("eva.guarantee", "Eva", "Maes", "/guarantee-fund", "Brussels Guarantee Fund", "analyst"),
            new DemoUser("tom.citydev", "Tom", "Lambert", "/citydev", "citydev.brussels", "advisor"),
            new DemoUser("ines.kam", "Inès", "Martin", "/actiris", "Actiris", "kam"),
            new DemoUser("mia.manager", "Mia", "Wouters", "/hub/impulse", "hub.brussels impulse", "manager"),
            new DemoUser("sara.auditor", "Sara", "Vermeulen", "/steering", "SBA steering (read-only)", "auditor"),
            new DemoUser("adam.admin", "Adam", "Leclercq", "/hub/impulse", "hub.brussels impulse", "admin"));

    private DemoUsers() {
    }

    public static DemoUser get(String username) {
        return ALL.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    }

    /** The table printed by {@code make run}. */
    public static String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("  %-16s %-10s %-40s %s%n", "user", "role", "agency", "group"));
        for (DemoUser u : ALL) {
            sb.append(String.format("  %-16s %-10s %-40s %s%n", u.username(), u.role(), u.agency(), u.group()));
        }
        sb.append("  password for every demo user: ").append(PASSWORD).append(" (local demo realm only)");
        return sb.toString();
    }
}
