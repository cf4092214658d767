package be.brussels.poles.guidance.file;

import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryResponse;
import be.brussels.poles.api.guidance.v1.GuidanceFileSummary;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.ProtoMapping;
import io.grpc.stub.StreamObserver;

/**
 * The guidance pole's part of the CRM 360 view. Carries the shared headline only (package,
 * stage, adviser, agency, dates), never the note, so any permitted caller gets the same answer.
 */
public class GuidanceSummaryGrpcService extends GuidanceServiceGrpc.GuidanceServiceImplBase {

  private final GuidanceFileService service;

  public GuidanceSummaryGrpcService(GuidanceFileService service) {
    this.service = service;
  }

  @Override
  public void getCompanySummary(GetCompanySummaryRequest request,
      StreamObserver<GetCompanySummaryResponse> response) {
    EnterpriseNumber company =
        ProtoMapping.fromProto(request.getEnterpriseNumber(), "enterprise_number");
    GetCompanySummaryResponse.Builder summary = GetCompanySummaryResponse.newBuilder();
    service.openFilesOf(GrpcCaller.get(), company).forEach(file -> summary.addOpenFiles(
        GuidanceFileSummary.newBuilder()
            .setFileId(file.fileId().toString())
            .setPackageType(file.packageType().name())
            .setStage(file.stage().name())
            .setAdviser(Contact.newBuilder().setName(file.adviser().name())
                .setEmail(file.adviser().email()))
            .setOpenedAt(ProtoMapping.toProto(file.openedAt()))
            .setAgency(ProtoMapping.toProto(file.agency()))));
    response.onNext(summary.build());
    response.onCompleted();
  }
}
