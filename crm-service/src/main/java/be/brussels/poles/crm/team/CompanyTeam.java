package be.brussels.poles.crm.team;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A company's multidisciplinary team (one member per pole, the employment pole's member being
 * the Actiris key-account manager), its key-account flag and Actiris's recruitment needs. One
 * document per company, so every change is one atomic, version-checked write.
 *
 * @param version 0 for a company without a team yet
 */
public record CompanyTeam(EnterpriseNumber company, Map<Agency.Pole, Member> members,
    Optional<KeyAccount> keyAccount, List<RecruitmentNeed> recruitmentNeeds, long version) {

  public CompanyTeam {
    Objects.requireNonNull(company, "company");
    members = members.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(members));
    Objects.requireNonNull(keyAccount, "keyAccount");
    recruitmentNeeds = List.copyOf(recruitmentNeeds);
  }

  /** A company nobody has assigned anything to yet. */
  public static CompanyTeam empty(EnterpriseNumber company) {
    return new CompanyTeam(company, Map.of(), Optional.empty(), List.of(), 0);
  }

  /** Whether {@code username} is on the team. */
  public Optional<Member> memberNamed(String username) {
    return members.values().stream().filter(m -> m.username().equals(username)).findFirst();
  }

  /** One team member: a named person of a partner agency. */
  public record Member(Agency agency, String username, String name, String email,
      Instant assignedAt, String assignedBy) {
    public Member {
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(name, "name");
      email = Objects.requireNonNullElse(email, "");
      Objects.requireNonNull(assignedAt, "assignedAt");
      Objects.requireNonNull(assignedBy, "assignedBy");
    }
  }

  /** Actiris's key-account flag. */
  public record KeyAccount(Instant flaggedAt, String flaggedBy) {}

  /** What Actiris records about a key account's recruitment. */
  public enum NeedKind { VACANCY, PRESELECTION, JOB_DATING }

  /** Where a recruitment need stands. */
  public enum NeedStatus { OPEN, FILLED, CANCELLED }

  /**
   * One structured recruitment need (Select Actiris: a vacancy, a preselection of candidates, a
   * job dating). Confidential to Actiris and the team.
   *
   * @param positions how many people are sought
   * @param candidates how many candidates were preselected or met (0 for a bare vacancy)
   * @param date the job dating's date, the preselection's deadline or the vacancy's start
   */
  public record RecruitmentNeed(String needId, NeedKind kind, String title, int positions,
      int candidates, LocalDate date, NeedStatus status, Instant recordedAt, String recordedBy) {
    public RecruitmentNeed {
      Objects.requireNonNull(needId, "needId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(recordedAt, "recordedAt");
      Objects.requireNonNull(recordedBy, "recordedBy");
    }
  }
}
