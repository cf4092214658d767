package be.brussels.poles.guidance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain of each feature stays free of frameworks, so its rules read and test on their own. */
@AnalyzeClasses(packages = "be.brussels.poles.guidance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule guidanceFileDomainIsFrameworkFree = noClasses()
      .that().haveFullyQualifiedName("be.brussels.poles.guidance.file.GuidanceFile")
      .or().haveFullyQualifiedName("be.brussels.poles.guidance.file.PackageType")
      .or().haveFullyQualifiedName("be.brussels.poles.guidance.file.Stage")
      .or().haveFullyQualifiedName("be.brussels.poles.guidance.file.Adviser")
      .or().haveFullyQualifiedName("be.brussels.poles.guidance.file.GuidanceFileAccess")
      .or().haveFullyQualifiedName("be.brussels.poles.guidance.file.GuidanceFileInput")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "io.grpc..", "com.mongodb..", "org.bson..",
          "be.brussels.poles.api..");

  @ArchTest
  static final ArchRule onlyAdaptersTouchTheDriverOrGrpc = noClasses()
      .that().resideInAPackage("be.brussels.poles.guidance..")
      .and().resideOutsideOfPackage("be.brussels.poles.guidance.platform..")
      .and().doNotHaveSimpleName("GuidanceFileRepository")
      .and().doNotHaveSimpleName("GuidanceFileConfiguration")
      .and().doNotHaveSimpleName("GuidanceServiceApplication")
      .and().doNotHaveSimpleName("GuidanceSummaryGrpcService")
      .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "io.grpc..");
}
