package be.brussels.poles.guidance.intake;

import be.brussels.poles.guidance.file.JourneyText;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One information or orientation request handled by 1819 (or another guidance-pole desk):
 * who asked, how, in which language, about what, the answer and the services proposed (feature
 * 5). When an orientation sends the person to another agency of the platform, the CRM referral
 * created for it is linked here and its state kept.
 *
 * @param enterpriseNumber the company, when there is one (a project holder has none yet)
 * @param companyName the CRM's name for it; empty when unknown or not asked
 * @param companyKnownToCrm whether the CRM knows the company (journey events need it)
 * @param contactName the person's name, when given
 */
public record IntakeRequest(UUID requestId, Instant receivedAt, Agency agency, String handledBy,
    String handledByEmail, Channel channel, Language language, RequesterKind requesterKind,
    Optional<EnterpriseNumber> enterpriseNumber, String companyName, boolean companyKnownToCrm,
    Optional<String> contactName, Set<Topic> topics, String question, String answer,
    List<Orientation> orientations, long version) {

  /** Journey event type of an orientation given to a company. */
  public static final String ORIENTATION_EVENT = "guidance.orientation.given";
  /** Longest question or answer, in characters. */
  public static final int MAX_TEXT = 4000;

  /** How the request came in. */
  public enum Channel { PHONE, WEB, DESK, EMAIL }

  /** The language the person was served in (FR and NL official, EN required, others possible). */
  public enum Language { FR, NL, EN, OTHER }

  /** Who asked. */
  public enum RequesterKind {
    /** A person with a project and no company yet. */
    PROJECT_HOLDER,
    /** A company created recently (starter). */
    NEW_COMPANY,
    /** An established company (about 40 % of 1819's questions in 2015). */
    EXISTING_COMPANY
  }

  /** What the request is about. */
  public enum Topic {
    CREATION, FINANCING, SUBSIDIES, PERMITS_AND_ACCESS_TO_PROFESSION, LOCATION, HIRING, EXPORT,
    TRANSFER, DIFFICULTY, GROWTH, DIGITAL, LEGAL, TRAINING, TRANSITION, OTHER
  }

  public IntakeRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(agency, "agency");
    handledBy = Objects.requireNonNullElse(handledBy, "");
    handledByEmail = Objects.requireNonNullElse(handledByEmail, "");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(requesterKind, "requesterKind");
    enterpriseNumber = Objects.requireNonNullElse(enterpriseNumber, Optional.empty());
    companyName = Objects.requireNonNullElse(companyName, "");
    contactName = Objects.requireNonNullElse(contactName, Optional.empty());
    topics = Set.copyOf(topics);
    question = Objects.requireNonNullElse(question, "");
    answer = Objects.requireNonNullElse(answer, "");
    orientations = List.copyOf(orientations);
  }

  /**
   * Records a request as handled now.
   *
   * @throws BusinessRuleException when an existing company comes without its enterprise number,
   *     or an orientation refers the person to the recording agency itself
   */
  public static IntakeRequest record(Instant now, Agency agency, String handledBy,
      String handledByEmail, Channel channel, Language language, RequesterKind kind,
      Optional<EnterpriseNumber> company, String companyName, boolean knownToCrm,
      Optional<String> contactName, Set<Topic> topics, String question, String answer,
      List<Orientation.Proposal> proposals) {
    if (kind == RequesterKind.EXISTING_COMPANY && company.isEmpty()) {
      throw new BusinessRuleException("enterpriseNumber", "is required for an existing company");
    }
    if (topics.isEmpty()) {
      throw new BusinessRuleException("topics", "at least one topic is required");
    }
    List<Orientation> orientations = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      Orientation.Proposal p = proposals.get(i);
      if (p.referTo().filter(agency::equals).isPresent()) {
        throw new BusinessRuleException("orientations[" + i + "].referToAgency",
            "a referral goes to another agency than " + agency);
      }
      orientations.add(Orientation.of(p, company.isPresent()));
    }
    return new IntakeRequest(UUID.randomUUID(), now.truncatedTo(ChronoUnit.MILLIS), agency,
        handledBy, handledByEmail, channel, language, kind, company, companyName, knownToCrm,
        contactName, topics, question, answer, orientations, 1);
  }

  /**
   * Links the CRM referral made for an orientation that sends the person to another agency.
   *
   * @param referral what the CRM says of it
   * @throws BusinessRuleException when the referral is not for this company or this agency
   */
  public IntakeRequest linkReferral(String orientationId, Orientation.CrmReferral referral) {
    List<Orientation> changed = new ArrayList<>();
    boolean found = false;
    for (Orientation o : orientations) {
      if (!o.orientationId().equals(orientationId)) {
        changed.add(o);
        continue;
      }
      found = true;
      if (o.referTo().isEmpty()) {
        throw new BusinessRuleException("referralId",
            "this orientation sends the person to no other agency");
      }
      if (!referral.enterpriseNumber().equals(enterpriseNumber.map(EnterpriseNumber::value)
          .orElse(""))) {
        throw new BusinessRuleException("referralId", "the referral is about another company");
      }
      if (referral.toAgency() != o.referTo().get()) {
        throw new BusinessRuleException("referralId", "the referral goes to "
            + referral.toAgency() + ", not " + o.referTo().get());
      }
      changed.add(o.linked(referral));
    }
    if (!found) {
      throw new NotFoundException("no orientation " + orientationId + " in request " + requestId);
    }
    return new IntakeRequest(requestId, receivedAt, agency, handledBy, handledByEmail, channel,
        language, requesterKind, enterpriseNumber, companyName, companyKnownToCrm, contactName,
        topics, question, answer, changed, version);
  }

  /**
   * The journey event "guidance.orientation.given", when the request is about a company the CRM
   * knows and services were proposed. The headline stays neutral for partners (topics such as
   * difficulty are sensitive); topics, services and answer are confidential detail.
   */
  public Optional<PendingJourneyEvent> orientationEvent() {
    if (enterpriseNumber.isEmpty() || !companyKnownToCrm || orientations.isEmpty()) {
      return Optional.empty();
    }
    String detail = "Topics: " + topics.stream().map(t -> t.name().toLowerCase(Locale.ROOT)
        .replace('_', ' ')).sorted().collect(Collectors.joining(", "))
        + ". Proposed: " + orientations.stream().map(Orientation::serviceName)
        .collect(Collectors.joining("; ")) + (answer.isEmpty() ? "" : ". Answer: " + answer);
    return Optional.of(PendingJourneyEvent.create(enterpriseNumber.get(), agency,
        ORIENTATION_EVENT, receivedAt, "Orientation given (" + channel.name().toLowerCase(Locale.ROOT)
            + "): " + orientations.size() + (orientations.size() == 1 ? " service" : " services")
            + " proposed",
        handledBy, handledByEmail, Confidentiality.CONFIDENTIAL,
        JourneyText.detail(detail), requestId.toString()));
  }
}
