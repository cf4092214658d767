package be.brussels.poles.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rule of a pole service's feature (service brief: the aggregate and its rules
 * free of Spring, gRPC and driver imports), for the service's ArchUnit test:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "be.brussels.poles.financing",
 *     importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   @ArchTest
 *   static final ArchRule domainIsFrameworkFree =
 *       PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.financing.application..");
 * }
 * }</pre>
 */
public final class PoleArchitecture {

  /**
   * Spring components (controller, application service, repository, configuration), gRPC
   * endpoints and the application class: the only classes that touch the frameworks.
   */
  static final DescribedPredicate<JavaClass> ADAPTERS = DescribedPredicate.describe("adapters",
      c -> c.isMetaAnnotatedWith("org.springframework.stereotype.Component")
          || c.isAssignableTo("io.grpc.BindableService")
          || c.getSimpleName().endsWith("Application"));

  private PoleArchitecture() {}

  /**
   * In {@code featurePackage} (an ArchUnit package pattern, e.g.
   * {@code "be.brussels.poles.financing.application.."}), every class but the adapters (the
   * aggregate, value types, rules, input checks, access, journey wording, REST records) stays
   * free of Spring, gRPC, the database driver, JSON libraries and the generated contracts.
   */
  public static ArchRule domainIsFrameworkFree(String featurePackage) {
    return noClasses()
        .that().resideInAPackage(featurePackage)
        .and(DescribedPredicate.not(ADAPTERS))
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.grpc..",
            "com.mongodb..", "org.bson..", "tools.jackson..", "com.fasterxml..",
            "be.brussels.poles.api..");
  }
}
