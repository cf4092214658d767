package be.brussels.poles.crm.journey;

import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.PageRequest;
import be.brussels.poles.api.common.v1.PageResponse;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsRequest;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsResponse;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc;
import be.brussels.poles.api.crm.v1.ListCompanyJourneyRequest;
import be.brussels.poles.api.crm.v1.ListCompanyJourneyResponse;
import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.web.PageTokens;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Agency;
import com.google.protobuf.Timestamp;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.grpc.server.service.GrpcService;

/** gRPC for the poles (append, from their outbox relay) and for CRM-side readers (list). */
@GrpcService
public class JourneyGrpcService extends JourneyServiceGrpc.JourneyServiceImplBase {

  /** The range a protobuf Timestamp may hold: 0001-01-01 to 9999-12-31. */
  private static final long MIN_SECONDS = -62_135_596_800L;
  private static final long MAX_SECONDS = 253_402_300_799L;

  private final JourneyLog journey;

  public JourneyGrpcService(JourneyLog journey) {
    this.journey = journey;
  }

  @Override
  public void appendJourneyEvents(AppendJourneyEventsRequest request,
      StreamObserver<AppendJourneyEventsResponse> responses) {
    List<IncomingJourneyEvent> batch = new ArrayList<>(request.getEventsCount());
    for (be.brussels.poles.api.common.v1.JourneyEvent event : request.getEventsList()) {
      batch.add(fromProto(event));
    }
    AppendResult result = journey.append(GrpcCaller.get(), batch);
    responses.onNext(AppendJourneyEventsResponse.newBuilder()
        .setStoredCount(result.stored())
        .setDuplicateCount(result.duplicates())
        .build());
    responses.onCompleted();
  }

  @Override
  public void listCompanyJourney(ListCompanyJourneyRequest request,
      StreamObserver<ListCompanyJourneyResponse> responses) {
    EnterpriseNumber company =
        ProtoMapping.fromProto(request.getEnterpriseNumber(), "enterprise_number");
    PageRequest page = request.getPage();
    int size = PageTokens.size(page.getPageSize(), JourneyLog.MAX_PAGE_SIZE);
    long offset = PageTokens.decode(page.getPageToken());
    JourneySlice slice = journey.list(GrpcCaller.get(), company, JourneyFilter.everything(),
        ReadPath.GRPC, offset, size);
    ListCompanyJourneyResponse.Builder response = ListCompanyJourneyResponse.newBuilder();
    for (JourneyEntry entry : slice.entries()) {
      response.addEntries(be.brussels.poles.api.crm.v1.JourneyEntry.newBuilder()
          .setEvent(toProto(entry.event()))
          .setRedacted(entry.redacted()));
    }
    long next = offset + slice.entries().size();
    response.setPage(PageResponse.newBuilder()
        .setTotalSize(slice.totalItems())
        .setNextPageToken(PageTokens.next(next, slice.totalItems(), slice.entries().size())));
    responses.onNext(response.build());
    responses.onCompleted();
  }

  /** Absent or unspecified values become null so that the validator names them. */
  private static IncomingJourneyEvent fromProto(be.brussels.poles.api.common.v1.JourneyEvent e) {
    return new IncomingJourneyEvent(e.getEventId(), e.getEnterpriseNumber().getValue(),
        agencyOf(e.getSourceAgency()), e.getType(),
        e.hasOccurredAt() ? instantOf(e.getOccurredAt()) : null,
        e.getHeadline(), e.getContact().getName(), e.getContact().getEmail(),
        confidentialityOf(e.getConfidentiality()), e.getDetail(), e.getSourceReference());
  }

  private static Agency agencyOf(be.brussels.poles.api.common.v1.Agency agency) {
    if (agency == be.brussels.poles.api.common.v1.Agency.AGENCY_UNSPECIFIED
        || agency == be.brussels.poles.api.common.v1.Agency.UNRECOGNIZED) {
      return null;
    }
    return ProtoMapping.fromProto(agency, "source_agency");
  }

  private static Confidentiality confidentialityOf(
      be.brussels.poles.api.common.v1.Confidentiality level) {
    if (level == be.brussels.poles.api.common.v1.Confidentiality.CONFIDENTIALITY_UNSPECIFIED
        || level == be.brussels.poles.api.common.v1.Confidentiality.UNRECOGNIZED) {
      return null;
    }
    return ProtoMapping.fromProto(level, "confidentiality");
  }

  /** A Timestamp outside protobuf's valid range becomes {@link Instant#MIN}, which the
   * validator refuses as "not a valid timestamp". */
  private static Instant instantOf(Timestamp timestamp) {
    if (timestamp.getSeconds() < MIN_SECONDS || timestamp.getSeconds() > MAX_SECONDS
        || timestamp.getNanos() < 0 || timestamp.getNanos() > 999_999_999) {
      return Instant.MIN;
    }
    return ProtoMapping.fromProto(timestamp);
  }

  private static be.brussels.poles.api.common.v1.JourneyEvent toProto(JourneyEvent e) {
    return be.brussels.poles.api.common.v1.JourneyEvent.newBuilder()
        .setEventId(e.eventId())
        .setEnterpriseNumber(ProtoMapping.toProto(e.enterpriseNumber()))
        .setSourceAgency(ProtoMapping.toProto(e.sourceAgency()))
        .setType(e.type())
        .setOccurredAt(ProtoMapping.toProto(e.occurredAt()))
        .setHeadline(e.headline())
        .setContact(Contact.newBuilder().setName(e.contact().name()).setEmail(e.contact().email()))
        .setConfidentiality(ProtoMapping.toProto(e.confidentiality()))
        .setDetail(e.detail())
        .setSourceReference(e.sourceReference())
        .build();
  }
}
