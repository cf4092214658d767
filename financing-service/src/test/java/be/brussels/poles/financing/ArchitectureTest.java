package be.brussels.poles.financing;

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
 * The domain (aggregate, rules, input checks, access, journey wording) stays free of Spring,
 * gRPC, the database driver and JSON: only the adapters (Spring components: controller,
 * application service, repository, gRPC endpoint, configuration) and the REST records touch them.
 */
@AnalyzeClasses(packages = "be.brussels.poles.financing",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> ADAPTERS =
      DescribedPredicate.describe("adapters", c -> c.isMetaAnnotatedWith(Component.class)
          || c.isAssignableTo(BindableService.class)
          || c.getSimpleName().endsWith("Application"));

  @ArchTest
  static final ArchRule domainIsFrameworkFree = noClasses()
      .that().resideInAPackage("be.brussels.poles.financing.application..")
      .and(DescribedPredicate.not(ADAPTERS))
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.grpc..",
          "com.mongodb..", "org.bson..", "tools.jackson..", "com.fasterxml..",
          "be.brussels.poles.api..");
}
