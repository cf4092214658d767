package be.brussels.poles.housing.request;

import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.housing.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.housing.v1.GetCompanySummaryResponse;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.api.housing.v1.LocationRequestSummary;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.ProtoMapping;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * The housing pole's summary of a company for the CRM's 360 view: its open location requests,
 * newest first. Who may call it is in {@link HousingAccess#maySeeSummary}; the summary holds
 * no confidential detail (no budget).
 */
@Service
public class HousingSummaryGrpcService extends HousingServiceGrpc.HousingServiceImplBase {

  private final LocationRequestService requests;

  public HousingSummaryGrpcService(LocationRequestService requests) {
    this.requests = requests;
  }

  @Override
  public void getCompanySummary(GetCompanySummaryRequest request,
      StreamObserver<GetCompanySummaryResponse> responses) {
    EnterpriseNumber number =
        ProtoMapping.fromProto(request.getEnterpriseNumber(), "enterprise_number");
    GetCompanySummaryResponse.Builder response = GetCompanySummaryResponse.newBuilder();
    for (LocationRequest open : requests.openRequestsOf(GrpcCaller.get(), number)) {
      response.addOpenRequests(LocationRequestSummary.newBuilder()
          .setRequestId(open.requestId().toString())
          .setUnitType(open.unitType().name())
          .setStage(open.stage().name())
          .setOfficer(Contact.newBuilder().setName(open.officer().name())
              .setEmail(open.officer().email()))
          .setRequestedAt(ProtoMapping.toProto(open.requestedAt())));
    }
    responses.onNext(response.build());
    responses.onCompleted();
  }
}
