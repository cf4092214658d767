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
import be.brussels.poles.api.financing.v1.ProductHeld;
import be.brussels.poles.financing.catalogue.Product;
import be.brussels.poles.financing.loan.LoanAccount;
import io.grpc.stub.StreamObserver;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The financing pole's summary of a company for the CRM's 360 view: applications with stage,
 * product, subsidiary and analyst contact, the number still open, and the products held. Who may
 * call it is in {@link FinancingAccess#maySeeSummary}; amounts (requested and approved) are set
 * only for the owning agency.
 */
@Service
public class FinancingSummaryGrpcService extends FinancingServiceGrpc.FinancingServiceImplBase {

  /** The stages in which the company holds the product (signed, not yet closed). */
  private static final Set<ApplicationStage> HELD = EnumSet.of(ApplicationStage.CONTRACT_SIGNED,
      ApplicationStage.DISBURSED, ApplicationStage.REPAYING);

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
    int open = 0;
    for (FinancingApplication application : applications.summaryOf(caller, number)) {
      Product product = applications.productOf(application);
      Contact analyst = Contact.newBuilder().setName(application.analyst().name())
          .setEmail(application.analyst().email()).build();
      boolean amounts = FinancingAccess.maySeeAmounts(caller, application);
      ApplicationSummary.Builder summary = ApplicationSummary.newBuilder()
          .setApplicationId(application.applicationId().toString())
          .setInstrument(application.instrument().name())
          .setStage(application.stage().name())
          .setAnalyst(analyst)
          .setSubmittedAt(ProtoMapping.toProto(application.submittedAt()))
          .setProductCode(product.code())
          .setSubsidiary(product.subsidiary().name())
          .setOpen(application.stage().isOpen())
          .setInArrears(application.loan().map(LoanAccount::inArrears).orElse(false));
      if (amounts) {
        summary.setRequestedAmount(ProtoMapping.toProto(application.requestedAmount()));
        application.decision().flatMap(Decision::amount)
            .ifPresent(m -> summary.setApprovedAmount(ProtoMapping.toProto(m)));
      }
      if (application.stage().isOpen()) {
        open++;
      }
      if (HELD.contains(application.stage())) {
        response.addProductsHeld(ProductHeld.newBuilder().setProductCode(product.code())
            .setInstrument(application.instrument().name())
            .setSubsidiary(product.subsidiary().name()).setStage(application.stage().name())
            .setAnalyst(analyst).setApplicationId(application.applicationId().toString()));
      }
      response.addApplications(summary);
    }
    responses.onNext(response.setOpenApplications(open).build());
    responses.onCompleted();
  }
}
