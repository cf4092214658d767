package be.brussels.poles.kit.grpc;

import be.brussels.poles.kit.security.Caller;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import io.grpc.MethodDescriptor;

/**
 * Which callers may invoke which gRPC method, declared by each service. A method without a rule
 * is denied: adding an RPC without deciding who may call it fails closed.
 */
public final class GrpcAccessPolicy {

  private final Map<String, Predicate<Caller>> rules;

  private GrpcAccessPolicy(Map<String, Predicate<Caller>> rules) {
    this.rules = Map.copyOf(rules);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The rule for a full method name ("pkg.Service/Method"), if any. */
  Optional<Predicate<Caller>> ruleFor(String fullMethodName) {
    return Optional.ofNullable(rules.get(fullMethodName));
  }

  /** Collects the rules. */
  public static final class Builder {
    private final Map<String, Predicate<Caller>> rules = new HashMap<>();

    public Builder allow(MethodDescriptor<?, ?> method, Predicate<Caller> rule) {
      rules.put(method.getFullMethodName(), rule);
      return this;
    }

    public GrpcAccessPolicy build() {
      return new GrpcAccessPolicy(rules);
    }
  }
}
