// The signed-in user: the JWT kept in localStorage and the profile from GET /api/v1/me.

const TOKEN_KEY = 'jkcm.token';
let profile = null;

export function token() {
  return localStorage.getItem(TOKEN_KEY);
}

export function signIn(newToken) {
  localStorage.setItem(TOKEN_KEY, newToken);
  profile = null;
}

export function signOut() {
  localStorage.removeItem(TOKEN_KEY);
  profile = null;
}

export function currentProfile() {
  return profile;
}

export function rememberProfile(me) {
  profile = me;
}

export function isAdmin() {
  return Boolean(profile?.roles?.includes('admin'));
}
