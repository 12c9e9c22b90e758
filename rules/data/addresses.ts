/**
 * What marks a web address or a file name pasted into a prompt ("https://cdn.example.com/a.png",
 * "www.example.com", "example.com/a.b", "clip_final.mp4"): the tokenizer reads each as one token
 * that ends no sentence and holds no words. All lower case; a file's extension may also be written
 * in capitals ("IMG_2972.JPG").
 */

/** Schemes that open an address when "://" follows them. */
export const URL_SCHEMES: readonly string[] = ['http', 'https', 'ftp', 'ftps', 'sftp', 'file', 'rtmp', 'rtsp', 's3'];

/** A host name's first part that makes an address of what follows its dot ("www.example"). */
export const HOST_PREFIXES: readonly string[] = ['www'];

/**
 * Top-level domains that end a host name ("example.com", "klar.gg"). Those that are English words
 * ("it", "in", "me", "us", "to", "run", "app") are left out: "a cat sits.it rains" is a full stop
 * missing its space, not an address.
 */
export const DOMAIN_ENDINGS: readonly string[] = [
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'io', 'ai', 'co', 'gg', 'tv', 'ly', 'xyz', 'info', 'biz', 'dev',
  'uk', 'de', 'fr', 'jp', 'cn', 'ru', 'nl', 'ca', 'au', 'br', 'kr', 'eu',
];

/** File extensions that end a file name ("wave.1.png", "clip_final.mp4"). */
export const FILE_EXTENSIONS: readonly string[] = [
  'png', 'jpg', 'jpeg', 'jfif', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'svg', 'psd', 'exr',
  'mp4', 'mov', 'webm', 'mkv', 'avi', 'm4v', 'mp3', 'wav', 'flac', 'ogg', 'm4a', 'aac',
  'pdf', 'txt', 'json', 'csv', 'yaml', 'yml', 'zip', 'glb', 'gltf', 'obj', 'fbx', 'safetensors', 'ckpt',
];

/**
 * Labels a chat tool writes before an attached file's name or address ("image:IMG_1.jpg", Pika's
 * Discord option), read as part of the address; in exported prompts the label is often glued to
 * the prompt's last word ("dancingimage:IMG_1.jpg").
 */
export const ATTACHMENT_LABELS: readonly string[] = ['image'];
