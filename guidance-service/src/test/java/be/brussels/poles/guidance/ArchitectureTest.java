package be.brussels.poles.guidance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain of each feature (its types, rules, input checks and application services) stays
 * free of frameworks, so its rules read and test on their own; only the adapters, named by their
 * role, touch Spring, the driver, gRPC or the generated contracts.
 */
@AnalyzeClasses(packages = "be.brussels.poles.guidance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainIsFrameworkFree = noClasses()
      .that().resideInAPackage("be.brussels.poles.guidance..")
      .and().haveSimpleNameNotEndingWith("Controller")
      .and().haveSimpleNameNotEndingWith("Repository")
      .and().haveSimpleNameNotEndingWith("Configuration")
      .and().haveSimpleNameNotEndingWith("GrpcService")
      .and().haveSimpleNameNotEndingWith("GrpcClient")
      .and().haveSimpleNameNotEndingWith("Application")
      .and().haveSimpleNameNotEndingWith("Seeder")
      .and().doNotHaveSimpleName("OverdueFollowUp")
      .and().doNotHaveSimpleName("OperatorView")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "io.grpc..", "com.mongodb..", "org.bson..",
          "be.brussels.poles.api..");

  @ArchTest
  static final ArchRule onlyRepositoriesTouchTheDriver = noClasses()
      .that().resideInAPackage("be.brussels.poles.guidance..")
      .and().haveSimpleNameNotEndingWith("Repository")
      .and().haveSimpleNameNotEndingWith("Configuration")
      .and().haveSimpleNameNotEndingWith("Application")
      .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..");

  @ArchTest
  static final ArchRule onlyGrpcEndpointsTouchGrpc = noClasses()
      .that().resideInAPackage("be.brussels.poles.guidance..")
      .and().haveSimpleNameNotEndingWith("GrpcService")
      .and().haveSimpleNameNotEndingWith("GrpcClient")
      .and().haveSimpleNameNotEndingWith("Configuration")
      .and().haveSimpleNameNotEndingWith("Application")
      .should().dependOnClassesThat().resideInAnyPackage("io.grpc..");
}
