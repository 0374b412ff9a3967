export function Logo({ className = "size-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden focusable="false">
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <path d="M6 22 L13 12 L17 17 L20 14 L26 22 Z" fill="white" opacity="0.95" />
      <circle cx="22" cy="9" r="2.5" fill="white" opacity="0.9" />
    </svg>
  );
}
