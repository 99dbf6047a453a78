package nl.statuswacht.store;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Flyway's migration of one database, as {@link Migrations} runs it: in a class loader of its own
 * ({@code Migrations.flywayLoader}), together with Flyway's classes, so that all of them can be
 * unloaded once it is done. Public, with JDK types only at its edge (a {@link Consumer} of a
 * {@link DataSource}), because the class that calls it is of another loader; a failure comes out
 * as a {@link MigrationFailure}, which both loaders share.
 */
public final class FlywayRun implements Consumer<DataSource> {
  @Override
  public void accept(DataSource dataSource) {
    try {
      Flyway.configure(FlywayRun.class.getClassLoader())
          .dataSource(dataSource)
          .locations("classpath:" + Migrations.LOCATION)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new MigrationFailure(e.getMessage(), e);
    }
  }
}
