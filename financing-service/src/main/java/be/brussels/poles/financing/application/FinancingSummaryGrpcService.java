package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.financing.v1.ApplicationSummary;
import be.brussels.poles.api.financing.v1.FinancingServiceGrpc;
import be.brussels.poles.api.financing.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.financing.v1.GetCompanySummaryResponse;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.security.Caller;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * The financing pole's summary of a company for the CRM's 360 view. Who may call it is in
 * {@link FinancingAccess#maySeeSummary}; the requested amount is set only for the owning agency.
 */
@Service
public class FinancingSummaryGrpcService extends FinancingServiceGrpc.FinancingServiceImplBase {

  private final FinancingApplicationService applications;

  public FinancingSummaryGrpcService(FinancingApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void getCompanySummary(GetCompanySummaryRequest request,
      StreamObserver<GetCompanySummaryResponse> responses) {
    Caller caller = GrpcCaller.get();
    EnterpriseNumber number =
        ProtoMapping.fromProto(request.getEnterpriseNumber(), "enterprise_number");
    GetCompanySummaryResponse.Builder response = GetCompanySummaryResponse.newBuilder();
    for (FinancingApplication application : applications.summaryOf(caller, number)) {
      ApplicationSummary.Builder summary = ApplicationSummary.newBuilder()
          .setApplicationId(application.applicationId().toString())
          .setInstrument(application.instrument().name())
          .setStage(application.stage().name())
          .setAnalyst(Contact.newBuilder().setName(application.analyst().name())
              .setEmail(application.analyst().email()))
          .setSubmittedAt(ProtoMapping.toProto(application.submittedAt()));
      if (FinancingAccess.maySeeAmounts(caller, application)) {
        summary.setRequestedAmount(ProtoMapping.toProto(application.requestedAmount()));
      }
      response.addApplications(summary);
    }
    responses.onNext(response.build());
    responses.onCompleted();
  }
}
