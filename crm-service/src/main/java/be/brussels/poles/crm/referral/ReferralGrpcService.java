package be.brussels.poles.crm.referral;

import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.PageResponse;
import be.brussels.poles.api.crm.v1.GetReferralRequest;
import be.brussels.poles.api.crm.v1.GetReferralResponse;
import be.brussels.poles.api.crm.v1.ListOpenReferralsRequest;
import be.brussels.poles.api.crm.v1.ListOpenReferralsResponse;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc;
import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.crm.web.PageTokens;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import io.grpc.stub.StreamObserver;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.grpc.server.service.GrpcService;

/**
 * gRPC for the poles: read a referral before opening the file linked to it, and list what the
 * caller's agency has to act on. Access: the kit's method rules, then the same checks as REST.
 */
@GrpcService
public class ReferralGrpcService extends ReferralServiceGrpc.ReferralServiceImplBase {

  private final Referrals referrals;

  public ReferralGrpcService(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void getReferral(GetReferralRequest request,
      StreamObserver<GetReferralResponse> responses) {
    if (request.getReferralId().isBlank() || request.getReferralId().length() > 100) {
      throw new InvalidInputException("referral_id", "is required (at most 100 characters)");
    }
    Referral referral = referrals.get(GrpcCaller.get(), request.getReferralId(), ReadPath.GRPC);
    responses.onNext(GetReferralResponse.newBuilder().setReferral(toProto(referral)).build());
    responses.onCompleted();
  }

  @Override
  public void listOpenReferrals(ListOpenReferralsRequest request,
      StreamObserver<ListOpenReferralsResponse> responses) {
    int size = PageTokens.size(request.getPage().getPageSize(), PageQuery.MAX_SIZE);
    long offset = PageTokens.decode(request.getPage().getPageToken());
    if (offset % size != 0 || offset / size > PageQuery.MAX_PAGE) {
      throw new InvalidInputException("page.page_token", "does not fit this page size");
    }
    Page<Referral> page = referrals.inbox(GrpcCaller.get(), Referrals.Inbox.AGENCY, false,
        EnumSet.of(ReferralState.SENT, ReferralState.RECEIVED, ReferralState.ACCEPTED,
            ReferralState.IN_PROGRESS), Optional.empty(), false,
        new PageQuery((int) (offset / size), size));
    ListOpenReferralsResponse.Builder response = ListOpenReferralsResponse.newBuilder();
    page.items().forEach(r -> response.addReferrals(toProto(r)));
    response.setPage(PageResponse.newBuilder().setTotalSize(page.totalItems())
        .setNextPageToken(PageTokens.next(offset + page.items().size(), page.totalItems(),
            page.items().size())));
    responses.onNext(response.build());
    responses.onCompleted();
  }

  private static be.brussels.poles.api.crm.v1.Referral toProto(Referral r) {
    var builder = be.brussels.poles.api.crm.v1.Referral.newBuilder()
        .setReferralId(r.referralId())
        .setEnterpriseNumber(ProtoMapping.toProto(r.company()))
        .setFromAgency(ProtoMapping.toProto(r.fromAgency()))
        .setReferrer(contact(r.referrer()))
        .setToAgency(ProtoMapping.toProto(r.toAgency()))
        .setReason(r.reason())
        .setState(be.brussels.poles.api.crm.v1.ReferralState.valueOf(
            "REFERRAL_STATE_" + r.state().name()))
        .setSentAt(ProtoMapping.toProto(r.sentAt()))
        .setFileReference(r.fileReference().orElse(""))
        .setVersion(r.version());
    r.assignee().ifPresent(a -> builder.setAssignee(contact(a)));
    r.dueAt().ifPresent(d -> builder.setDueAt(ProtoMapping.toProto(d)));
    return builder.build();
  }

  private static Contact contact(Referral.Person p) {
    return Contact.newBuilder().setName(p.name()).setEmail(p.email()).build();
  }
}
