# Sourced by the benchmark scripts: need_debian TOOL PACKAGE installs Debian's PACKAGE with apt-get
# (through sudo when not root) when TOOL is not on the PATH, and stops with the caller's `die`
# when it cannot.
need_debian() { # tool package
  local tool=$1 package=$2 sudo=""
  command -v "$tool" >/dev/null 2>&1 && return 0
  echo "${0##*/}: $tool is missing; installing Debian's $package" >&2
  command -v apt-get >/dev/null 2>&1 || die "$tool is missing and there is no apt-get to install $package with"
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "$tool is missing; install $package (apt-get install $package) as root"
    sudo="sudo"
  fi
  $sudo apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null \
    || die "apt-get install $package failed"
  command -v "$tool" >/dev/null 2>&1 || die "$package was installed but $tool is not on the PATH"
}
