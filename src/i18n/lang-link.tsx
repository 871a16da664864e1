import type { ComponentProps } from 'react';
import { Link, NavLink } from 'react-router';
import { withLang } from './lang-href';
import { useI18n } from './use-i18n';

type LinkProps = Omit<ComponentProps<typeof Link>, 'to'> & { to: string };
type NavProps = Omit<ComponentProps<typeof NavLink>, 'to'> & { to: string };

/** An internal link that keeps the reader's language. */
export function LangLink({ to, ...rest }: LinkProps) {
  const { lang } = useI18n();
  return <Link to={withLang(to, lang)} {...rest} />;
}

export function LangNavLink({ to, ...rest }: NavProps) {
  const { lang } = useI18n();
  return <NavLink to={withLang(to, lang)} {...rest} />;
}
