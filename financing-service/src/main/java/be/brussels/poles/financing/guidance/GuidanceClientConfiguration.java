package be.brussels.poles.financing.guidance;

import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.kit.grpc.OutgoingCallInterceptor;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gRPC channel to the guidance service; its breaker is "guidance" in application.yml. */
@Configuration(proxyBeanMethods = false)
public class GuidanceClientConfiguration {

  @Bean(destroyMethod = "shutdownNow")
  ManagedChannel guidanceChannel(@Value("${poles.guidance.grpc-target}") String target) {
    return Grpc.newChannelBuilder(target, InsecureChannelCredentials.create())
        .intercept(new OutgoingCallInterceptor())
        .build();
  }

  @Bean
  GuidanceFiles guidanceFiles(ManagedChannel guidanceChannel, CircuitBreakerRegistry breakers,
      @Value("${poles.guidance.check-deadline:500ms}") Duration deadline) {
    return new GrpcGuidanceFiles(GuidanceServiceGrpc.newBlockingStub(guidanceChannel),
        breakers.circuitBreaker("guidance"), deadline);
  }
}
