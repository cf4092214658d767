package be.brussels.poles.kit.grpc;

import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.money.Money;
import be.brussels.poles.kit.security.Agency;
import com.google.protobuf.Timestamp;
import java.math.BigDecimal;
import java.time.Instant;

/** Conversions between the contracts' common types and the platform's value types. */
public final class ProtoMapping {

  private ProtoMapping() {}

  public static be.brussels.poles.api.common.v1.EnterpriseNumber toProto(EnterpriseNumber number) {
    return be.brussels.poles.api.common.v1.EnterpriseNumber.newBuilder().setValue(number.value()).build();
  }

  /** Parses and checks the number; INVALID_ARGUMENT on {@code field} when it is wrong. */
  public static EnterpriseNumber fromProto(be.brussels.poles.api.common.v1.EnterpriseNumber number,
      String field) {
    return EnterpriseNumber.parse(number.getValue(), field);
  }

  public static be.brussels.poles.api.common.v1.Agency toProto(Agency agency) {
    return be.brussels.poles.api.common.v1.Agency.valueOf("AGENCY_" + agency.name());
  }

  public static Agency fromProto(be.brussels.poles.api.common.v1.Agency agency, String field) {
    if (agency == be.brussels.poles.api.common.v1.Agency.AGENCY_UNSPECIFIED
        || agency == be.brussels.poles.api.common.v1.Agency.UNRECOGNIZED) {
      throw new InvalidInputException(field, "must name an agency");
    }
    return Agency.valueOf(agency.name().substring("AGENCY_".length()));
  }

  public static be.brussels.poles.api.common.v1.Confidentiality toProto(Confidentiality level) {
    return be.brussels.poles.api.common.v1.Confidentiality.valueOf("CONFIDENTIALITY_" + level.name());
  }

  public static Confidentiality fromProto(be.brussels.poles.api.common.v1.Confidentiality level,
      String field) {
    if (level == be.brussels.poles.api.common.v1.Confidentiality.CONFIDENTIALITY_UNSPECIFIED
        || level == be.brussels.poles.api.common.v1.Confidentiality.UNRECOGNIZED) {
      throw new InvalidInputException(field, "must be SHARED or CONFIDENTIAL");
    }
    return Confidentiality.valueOf(level.name().substring("CONFIDENTIALITY_".length()));
  }

  public static be.brussels.poles.api.common.v1.Money toProto(Money money) {
    return be.brussels.poles.api.common.v1.Money.newBuilder()
        .setCurrencyCode(money.currencyCode())
        .setMinorUnits(money.minorUnits())
        .build();
  }

  /** Checks the currency and the size; INVALID_ARGUMENT on {@code field} when either is wrong. */
  public static Money fromProto(be.brussels.poles.api.common.v1.Money money, String field) {
    return Money.of(BigDecimal.valueOf(money.getMinorUnits(), 2), money.getCurrencyCode(), field);
  }

  public static Timestamp toProto(Instant instant) {
    return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
  }

  public static Instant fromProto(Timestamp timestamp) {
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
  }

  public static JourneyEvent toProto(PendingJourneyEvent event) {
    return JourneyEvent.newBuilder()
        .setEventId(event.eventId())
        .setEnterpriseNumber(toProto(event.enterpriseNumber()))
        .setSourceAgency(toProto(event.sourceAgency()))
        .setType(event.type())
        .setOccurredAt(toProto(event.occurredAt()))
        .setHeadline(event.headline())
        .setContact(Contact.newBuilder().setName(event.contactName()).setEmail(event.contactEmail()))
        .setConfidentiality(toProto(event.confidentiality()))
        .setDetail(event.detail())
        .setSourceReference(event.sourceReference())
        .build();
  }
}
