package be.brussels.poles.guidance.file;

import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.guidance.v1.CheckOpenGuidanceFileRequest;
import be.brussels.poles.api.guidance.v1.CheckOpenGuidanceFileResponse;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryRequest;
import be.brussels.poles.api.guidance.v1.GetCompanySummaryResponse;
import be.brussels.poles.api.guidance.v1.GuidanceFileSummary;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.api.guidance.v1.OpenGuidanceFileRef;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.ProtoMapping;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.util.List;

/**
 * The guidance pole's gRPC API: its part of the CRM 360 view, and the "guidance required" check
 * the financing pole enforces. Both carry the shared headline only (package, stage, adviser,
 * agency, dates), never a note, so any permitted caller gets the same answer.
 */
public class GuidanceSummaryGrpcService extends GuidanceServiceGrpc.GuidanceServiceImplBase {

  private final GuidanceFileService service;
  private final Clock clock;

  public GuidanceSummaryGrpcService(GuidanceFileService service, Clock clock) {
    this.service = service;
    this.clock = clock;
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
            .setAgency(ProtoMapping.toProto(file.agency()))
            .setStageSince(ProtoMapping.toProto(file.stageSince()))
            .setNextFollowUpOn(file.nextFollowUp().map(f -> f.dueOn().toString()).orElse(""))
            .setPackageLabel(file.packageType().label())
            .setPromotedFrom(file.promotedFrom().map(Enum::name).orElse(""))));
    response.onNext(summary.build());
    response.onCompleted();
  }

  @Override
  public void checkOpenGuidanceFile(CheckOpenGuidanceFileRequest request,
      StreamObserver<CheckOpenGuidanceFileResponse> response) {
    EnterpriseNumber company =
        ProtoMapping.fromProto(request.getEnterpriseNumber(), "enterprise_number");
    List<GuidanceFile> open = service.checkOpenFiles(GrpcCaller.get(), company);
    CheckOpenGuidanceFileResponse.Builder answer = CheckOpenGuidanceFileResponse.newBuilder()
        .setHasOpenFile(!open.isEmpty())
        .setCheckedAt(ProtoMapping.toProto(clock.instant()));
    open.forEach(file -> answer.addOpenFiles(OpenGuidanceFileRef.newBuilder()
        .setFileId(file.fileId().toString())
        .setPackageType(file.packageType().name())
        .setAgency(ProtoMapping.toProto(file.agency()))
        .setStage(file.stage().name())
        .setOpenedAt(ProtoMapping.toProto(file.openedAt()))
        .addAllFinancingConditions(FinancingCondition.of(file.packageType()).stream()
            .map(Enum::name).toList())));
    response.onNext(answer.build());
    response.onCompleted();
  }
}
