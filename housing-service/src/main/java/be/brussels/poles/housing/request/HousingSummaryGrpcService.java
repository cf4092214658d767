package be.brussels.poles.housing.request;

import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.housing.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.housing.v1.GetCompanySummaryResponse;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.api.housing.v1.CoworkingChequeSummary;
import be.brussels.poles.api.housing.v1.LocationRequestSummary;
import be.brussels.poles.api.housing.v1.PremisesSummary;
import be.brussels.poles.housing.cheque.ChequeService;
import be.brussels.poles.housing.inventory.InventoryService;
import be.brussels.poles.housing.inventory.Lease;
import be.brussels.poles.housing.inventory.Unit;
import be.brussels.poles.housing.lease.LeaseService;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.security.Caller;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * The housing pole's summary of a company for the CRM's 360 view: its open location requests,
 * newest first, its current premises and its coworking cheque. Who may call it is in
 * {@link HousingAccess#maySeeSummary}; the summary holds no confidential detail (no budget), and
 * the rents of the premises only for the housing pole's own staff.
 */
@Service
public class HousingSummaryGrpcService extends HousingServiceGrpc.HousingServiceImplBase {

  private final LocationRequestService requests;
  private final LeaseService leases;
  private final ChequeService cheques;

  public HousingSummaryGrpcService(LocationRequestService requests, LeaseService leases,
      ChequeService cheques) {
    this.requests = requests;
    this.leases = leases;
    this.cheques = cheques;
  }

  @Override
  public void getCompanySummary(GetCompanySummaryRequest request,
      StreamObserver<GetCompanySummaryResponse> responses) {
    EnterpriseNumber number =
        ProtoMapping.fromProto(request.getEnterpriseNumber(), "enterprise_number");
    Caller caller = GrpcCaller.get();
    GetCompanySummaryResponse.Builder response = GetCompanySummaryResponse.newBuilder();
    for (LocationRequest open : requests.openRequestsOf(caller, number)) {
      response.addOpenRequests(LocationRequestSummary.newBuilder()
          .setRequestId(open.requestId().toString())
          .setUnitType(open.unitType().name())
          .setStage(open.stage().name())
          .setOfficer(Contact.newBuilder().setName(open.officer().name())
              .setEmail(open.officer().email()))
          .setRequestedAt(ProtoMapping.toProto(open.requestedAt())));
    }
    boolean withRents = InventoryService.mayReadLeases(caller);
    for (LeaseService.Signed current : leases.currentPremisesOf(number)) {
      Unit unit = current.unit();
      Lease lease = current.lease();
      PremisesSummary.Builder premises = PremisesSummary.newBuilder()
          .setLeaseId(lease.leaseId().toString())
          .setSiteName(unit.siteName())
          .setSiteType(unit.siteType().name())
          .setCommune(unit.commune().name())
          .setUnitType(unit.type().name())
          .setSurface(unit.surface())
          .setStartDate(lease.start().toString())
          .setEndDate(lease.end().toString())
          .setKind(lease.kind().name());
      if (withRents) {
        premises.setMonthlyRent(ProtoMapping.toProto(lease.monthlyRent()));
      }
      response.addCurrentPremises(premises);
    }
    cheques.chequeOf(number).ifPresent(cheque -> response.addCoworkingCheques(
        CoworkingChequeSummary.newBuilder()
            .setChequeId(cheque.chequeId().toString())
            .setSiteName(cheque.siteName())
            .setFirstMonth(cheque.firstMonth().toString())
            .setValidUntil(cheque.validUntil().toString())
            .setMonthsRedeemed((int) cheque.redeemedMonths())
            .setOpen(cheque.isOpen(cheques.thisMonth()))));
    responses.onNext(response.build());
    responses.onCompleted();
  }
}
