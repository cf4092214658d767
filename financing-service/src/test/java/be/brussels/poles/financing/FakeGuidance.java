package be.brussels.poles.financing;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.guidance.v1.CheckOpenGuidanceFileRequest;
import be.brussels.poles.api.guidance.v1.CheckOpenGuidanceFileResponse;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.api.guidance.v1.OpenGuidanceFileRef;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A guidance service stand-in on a real socket: answers CheckOpenGuidanceFile from the companies
 * it was told have an open file, or fails every call with a status while {@link #failWith} is set.
 */
public final class FakeGuidance {

  private final int port;
  private final Set<String> openFiles = ConcurrentHashMap.newKeySet();
  private volatile Status failure;
  private Server server;

  private FakeGuidance(int port) {
    this.port = port;
  }

  public static FakeGuidance onFreePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new FakeGuidance(socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String target() {
    return "127.0.0.1:" + port;
  }

  /** The company has an open RESTART file from now on. */
  public void hasOpenFile(String enterpriseNumber) {
    openFiles.add(enterpriseNumber);
  }

  /** Every call fails with {@code status} (null: answer again). */
  public void failWith(Status status) {
    this.failure = status;
  }

  public synchronized FakeGuidance start() {
    if (server == null) {
      try {
        server = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create())
            .addService(new Service()).build().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  private final class Service extends GuidanceServiceGrpc.GuidanceServiceImplBase {
    @Override
    public void checkOpenGuidanceFile(CheckOpenGuidanceFileRequest request,
        StreamObserver<CheckOpenGuidanceFileResponse> responses) {
      Status status = failure;
      if (status != null) {
        responses.onError(status.asRuntimeException());
        return;
      }
      CheckOpenGuidanceFileResponse.Builder response = CheckOpenGuidanceFileResponse.newBuilder();
      if (openFiles.contains(request.getEnterpriseNumber().getValue())) {
        response.setHasOpenFile(true).addOpenFiles(OpenGuidanceFileRef.newBuilder()
            .setFileId("file-1").setPackageType("RESTART").setAgency(Agency.AGENCY_HUB_IMPULSE)
            .setStage("COACHING").addFinancingConditions("RESTART_LOAN_NEVER_REPAYS_DEBT"));
      }
      responses.onNext(response.build());
      responses.onCompleted();
    }
  }
}
