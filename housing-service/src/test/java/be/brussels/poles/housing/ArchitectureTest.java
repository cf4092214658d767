package be.brussels.poles.housing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.grpc.BindableService;
import org.springframework.stereotype.Component;

/**
 * The domain (aggregate, value types, rules, input checks, access, journey wording) stays free of
 * Spring, gRPC, the database driver and JSON: only the adapters (Spring components and the gRPC
 * endpoint) and the REST records touch them.
 */
@AnalyzeClasses(packages = "be.brussels.poles.housing",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> ADAPTERS =
      DescribedPredicate.describe("adapters", c -> c.isMetaAnnotatedWith(Component.class)
          || c.isAssignableTo(BindableService.class)
          || c.getSimpleName().endsWith("Application"));

  @ArchTest
  static final ArchRule domainIsFrameworkFree = noClasses()
      .that().resideInAPackage("be.brussels.poles.housing.request..")
      .and(DescribedPredicate.not(ADAPTERS))
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.grpc..",
          "com.mongodb..", "org.bson..", "tools.jackson..", "com.fasterxml..",
          "be.brussels.poles.api..");
}
