package nl.statuswacht.loading;

import java.io.IOException;
import java.io.InputStream;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.function.Supplier;

/**
 * A class loader of its own for a library that is used once in a while: it defines the classes of
 * the given packages, and one bridge class of ours that uses them, from its parent's class path;
 * every other class and every resource comes from the parent. Once the work is done and nothing
 * refers to the loader any more, the next full collection unloads all of its classes, which would
 * otherwise hold their metadata, symbols and compiled code in native memory for as long as the
 * daemon lives (BENCHMARKS.md, issue 17: Flyway's 420 classes and 7 MiB, Jollyday's and JAXB's
 * 490 and 7 MiB).
 *
 * <p>What keeps such a loader alive must be avoided, and is, here:
 *
 * <ul>
 *   <li>Its classes are defined with the protection domain of the parent's code, not a default
 *       one that names this loader: a thread started while the library runs keeps the domains of
 *       the code that started it (its inherited access-control context), and with them the loader.
 *   <li>The bridge returns JDK types only, and the library's exceptions do not leave it (a caught
 *       exception that is kept would keep its class).
 *   <li>{@link #call} makes the loader the thread's context loader only for the call, for
 *       libraries that look up their parts through it (JAXB, service loaders); a thread started
 *       during the call would inherit it, so it is for libraries that start none.
 * </ul>
 */
public final class SeparateLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final List<String> packages;
  private final String bridge;
  private final ProtectionDomain domain;

  /**
   * @param name the loader's name (in stack traces and class-loading logs)
   * @param parent where every other class, every resource and the class files come from
   * @param bridge our class that uses the library: it is defined here, so that what it refers to
   *     is
   * @param packages the library's package prefixes ({@code "org.flywaydb."})
   */
  public SeparateLoader(String name, ClassLoader parent, Class<?> bridge, List<String> packages) {
    super(name, parent);
    this.bridge = bridge.getName();
    this.packages = List.copyOf(packages);
    this.domain = bridge.getProtectionDomain();
  }

  /**
   * A new instance of the bridge, made by this loader, as the JDK type it implements; it must be
   * public and have a public constructor without parameters.
   */
  public <T> T bridge(Class<T> as) {
    try {
      return as.cast(loadClass(bridge).getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("loading: cannot make " + bridge + " in " + getName()
          + ": " + e, e);
    }
  }

  /** Runs {@code work} with this loader as the thread's context class loader. */
  public <T> T call(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(this);
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private boolean own(String name) {
    if (name.equals(bridge)) {
      return true;
    }
    for (String prefix : packages) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!own(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        loaded = findClass(name);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    if (!own(name)) {
      throw new ClassNotFoundException(name);
    }
    String file = name.replace('.', '/') + ".class";
    try (InputStream in = getParent().getResourceAsStream(file)) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length, domain);
    } catch (IOException e) {
      throw new ClassNotFoundException(name + ": " + file + " cannot be read", e);
    }
  }
}
