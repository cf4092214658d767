package be.brussels.poles.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain stays free of frameworks: only adapters (named by their role) may touch Spring,
 * gRPC, the MongoDB driver or servlets. Everything else (policy, validation, application
 * services, value types) is plain Java over the kit's value types.
 */
@AnalyzeClasses(packages = "be.brussels.poles.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainIsFreeOfFrameworks = noClasses()
      .that().resideInAPackage("be.brussels.poles.crm..")
      .and().haveSimpleNameNotEndingWith("Controller")
      .and().haveSimpleNameNotEndingWith("GrpcService")
      .and().haveSimpleNameNotEndingWith("Repository")
      .and().haveSimpleNameNotEndingWith("Configuration")
      .and().haveSimpleNameNotEndingWith("Application")
      // nested types of adapters (request/response records) belong to them
      .and().areNotNestedClasses()
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "io.grpc..", "com.google.protobuf..", "com.mongodb..",
          "org.bson..", "jakarta..", "tools.jackson..", "be.brussels.poles.api..");

  @ArchTest
  static final ArchRule featuresDoNotReachIntoEachOther = noClasses()
      .that().resideInAPackage("be.brussels.poles.crm.access..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "be.brussels.poles.crm.company..", "be.brussels.poles.crm.journey..");
}
