package be.brussels.poles.crm.team;

import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.team.CompanyTeam.NeedKind;
import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: a company's multidisciplinary team, Actiris's key-account flag and recruitment needs,
 * and the key-account portfolio. Every write carries the team's {@code version} as read (0 for
 * a company without a team); a stale one is a 409.
 */
@RestController
public class TeamController {

  private final Teams teams;

  public TeamController(Teams teams) {
    this.teams = teams;
  }

  @GetMapping(path = "/companies/{number}/team", produces = MediaType.APPLICATION_JSON_VALUE)
  public TeamResource team(@PathVariable String number) {
    Teams.TeamView view = teams.view(CurrentCaller.get(), parse(number), ReadPath.DETAIL);
    return TeamResource.of(view.team(), view.recruitmentRedacted());
  }

  /** The caller's pole's member: {@code {username, name, email, version}}. */
  @PutMapping(path = "/companies/{number}/team/member", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public TeamResource assign(@PathVariable String number, @RequestBody MemberBody body) {
    EnterpriseNumber company = parse(number);
    long version = version(body.version());
    return TeamResource.of(teams.assignMember(CurrentCaller.get(), company, body.username(),
        body.name(), body.email(), version), false);
  }

  /** {@code {keyAccount: true|false, version}}: Actiris flags its key accounts. */
  @PutMapping(path = "/companies/{number}/key-account",
      consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public TeamResource keyAccount(@PathVariable String number, @RequestBody KeyAccountBody body) {
    EnterpriseNumber company = parse(number);
    long version = version(body.version());
    if (body.keyAccount() == null) {
      InputChecks.throwIfAny(List.of(new FieldViolation("keyAccount", "is required")));
    }
    return TeamResource.of(teams.setKeyAccount(CurrentCaller.get(), company, body.keyAccount(),
        version), false);
  }

  /** {@code {kind, title, positions, candidates, date, version}}. */
  @PostMapping(path = "/companies/{number}/recruitment-needs",
      consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public TeamResource addNeed(@PathVariable String number, @RequestBody NeedBody body) {
    EnterpriseNumber company = parse(number);
    List<FieldViolation> violations = new ArrayList<>();
    NeedKind kind = QueryParams.enumValue(NeedKind.class, body.kind(), "kind", violations)
        .orElse(null);
    LocalDate date = null;
    if (body.date() != null) {
      try {
        date = LocalDate.parse(body.date().strip());
      } catch (DateTimeException e) {
        violations.add(new FieldViolation("date", "must be a date (2026-03-02)"));
      }
    }
    InputChecks.throwIfAny(violations);
    long version = version(body.version());
    return TeamResource.of(teams.addRecruitmentNeed(CurrentCaller.get(), company,
        new Teams.NewNeed(kind, body.title(), body.positions(), body.candidates(), date),
        version), false);
  }

  /** {@code GET /key-accounts?mine=true&page=&size=}: Actiris's portfolio. */
  @GetMapping(path = "/key-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
  public Page<TeamResource> portfolio(@RequestParam(required = false) String mine,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    if (mine != null && !mine.equals("true") && !mine.equals("false")) {
      violations.add(new FieldViolation("mine", "must be true or false"));
    }
    PageQuery query = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return teams.portfolio(CurrentCaller.get(), "true".equals(mine), query)
        .map(t -> TeamResource.of(t, false));
  }

  private static EnterpriseNumber parse(String number) {
    return EnterpriseNumber.parse(number, "enterpriseNumber");
  }

  private static long version(Long version) {
    if (version == null || version < 0) {
      InputChecks.throwIfAny(List.of(new FieldViolation("version",
          "is required: the team's version as read (0 when it has none)")));
    }
    return version;
  }

  public record MemberBody(String username, String name, String email, Long version) {}

  public record KeyAccountBody(Boolean keyAccount, Long version) {}

  public record NeedBody(String kind, String title, Integer positions, Integer candidates,
      String date, Long version) {}

  /**
   * A team in REST answers.
   *
   * @param recruitmentRedacted true when needs exist but the reader may not see them
   */
  public record TeamResource(String enterpriseNumber, List<MemberResource> members,
      boolean keyAccount, Instant keyAccountSince, List<NeedResource> recruitmentNeeds,
      boolean recruitmentRedacted, long version) {

    public static TeamResource of(CompanyTeam t, boolean redacted) {
      return new TeamResource(t.company().value(), t.members().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .map(e -> new MemberResource(e.getKey().name(), e.getValue().agency().name(),
              e.getValue().username(), e.getValue().name(), e.getValue().email(),
              e.getValue().assignedAt())).toList(),
          t.keyAccount().isPresent(), t.keyAccount().map(CompanyTeam.KeyAccount::flaggedAt)
              .orElse(null),
          t.recruitmentNeeds().stream().map(n -> new NeedResource(n.needId(), n.kind().name(),
              n.title(), n.positions(), n.candidates(), n.date().toString(), n.status().name(),
              n.recordedAt())).toList(), redacted, t.version());
    }
  }

  public record MemberResource(String pole, String agency, String username, String name,
      String email, Instant assignedAt) {}

  public record NeedResource(String needId, String kind, String title, int positions,
      int candidates, String date, String status, Instant recordedAt) {}
}
