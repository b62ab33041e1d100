// A short list of the most common passwords (from public breach-frequency lists). Sign-up,
// reset and change reject these; the length rule already excludes anything under 8 chars.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "12345678", "123456789", "1234567890", "12345678910", "11111111", "00000000", "87654321",
  "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd",
  "p@ssword", "qwertyuiop", "qwerty123", "qwerty12", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx",
  "zaq12wsx", "qazwsxedc", "asdfghjkl", "asdfasdf", "zxcvbnm1", "iloveyou", "iloveyou1",
  "sunshine", "princess", "football", "baseball", "basketball", "superman", "batman123",
  "starwars", "trustno1", "whatever", "welcome1", "welcome123", "letmein1", "letmein123",
  "monkey123", "dragon123", "master123", "shadow123", "michael1", "jennifer", "jordan23",
  "liverpool", "chelsea1", "computer", "internet", "corvette", "mercedes", "samsung1",
  "charlie1", "abcd1234", "abc12345", "a1b2c3d4", "aa123456", "aaaaaaaa", "11223344",
  "12341234", "12121212", "123123123", "123qweasd", "admin123", "administrator", "changeme",
  "default1", "secret123", "test1234", "testtest", "guest123", "football1", "baseball1",
  "summer2024", "summer2025", "summer2026", "winter2024", "winter2025", "winter2026",
  "spring2025", "spring2026", "autumn2025", "fall2025", "december", "november", "september",
  "whatever1", "freedom1", "hello123", "helloworld", "loveyou1", "lovely12", "babygirl1",
  "angel123", "flower123", "pokemon1", "minecraft", "fortnite", "google123", "facebook",
  "linkedin", "password!", "password1!", "qwerty1!", "medical1", "medicalcoding", "chartpath",
  "chartpath1", "coding123", "billing123", "healthcare", "hospital1", "nurse123",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
