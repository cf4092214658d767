package be.brussels.poles.crm.company;

import be.brussels.poles.api.crm.v1.CompanyDirectoryServiceGrpc;
import be.brussels.poles.api.crm.v1.RegisterCompanyRequest;
import be.brussels.poles.api.crm.v1.RegisterCompanyResponse;
import be.brussels.poles.api.crm.v1.ResolveCompanyRequest;
import be.brussels.poles.api.crm.v1.ResolveCompanyResponse;
import be.brussels.poles.crm.company.CompanyDirectory.Registration;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.ProtoMapping;
import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

/**
 * gRPC for the poles. Access was already checked per method by the kit's interceptor; the
 * directory checks again. Exceptions become status codes through the kit's GrpcErrors.
 */
@GrpcService
public class CompanyDirectoryGrpcService
    extends CompanyDirectoryServiceGrpc.CompanyDirectoryServiceImplBase {

  private final CompanyDirectory directory;

  public CompanyDirectoryGrpcService(CompanyDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void resolveCompany(ResolveCompanyRequest request,
      StreamObserver<ResolveCompanyResponse> responses) {
    CompanyDirectory.Lookup lookup = directory.lookup(GrpcCaller.get(),
        ProtoMapping.fromProto(request.getEnterpriseNumber(), "enterprise_number"));
    ResolveCompanyResponse.Builder response =
        ResolveCompanyResponse.newBuilder().setCompany(toProto(lookup.company()));
    if (lookup.mergedFrom() != null) {
      response.setMergedFrom(ProtoMapping.toProto(lookup.mergedFrom()));
    }
    responses.onNext(response.build());
    responses.onCompleted();
  }

  @Override
  public void registerCompany(RegisterCompanyRequest request,
      StreamObserver<RegisterCompanyResponse> responses) {
    Registration registration = directory.register(GrpcCaller.get(),
        ProtoMapping.fromProto(request.getEnterpriseNumber(), "enterprise_number"),
        CompanyName.parse(request.getName(), "name"));
    responses.onNext(RegisterCompanyResponse.newBuilder()
        .setCompany(toProto(registration.company()))
        .setCreated(registration.created())
        .build());
    responses.onCompleted();
  }

  private static be.brussels.poles.api.crm.v1.Company toProto(Company company) {
    return be.brussels.poles.api.crm.v1.Company.newBuilder()
        .setCompanyId(company.companyId())
        .setEnterpriseNumber(ProtoMapping.toProto(company.enterpriseNumber()))
        .setName(company.name().value())
        .setRegisteredAt(ProtoMapping.toProto(company.registeredAt()))
        .build();
  }
}
